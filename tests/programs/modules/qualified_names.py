# Class bodies start with __module__ and __qualname__ (as CPython's); a class's repr, its
# instances' repr and an uncaught exception's last traceback line name it by module and
# qualified name; a class of another module says that module.
import geometry


class A:
    print(__qualname__, __module__)

    class B:
        print(__qualname__, __module__)

        class C(Exception):
            pass


print(A, A.B, A.B.C, A.B.__qualname__, A.__module__)
print(repr(A.B())[:25])


def make():
    class Local:
        pass

    return Local


print(make(), make().__qualname__)
print(geometry.Rect, geometry.Rect.__module__, geometry.Rect.__qualname__)
print("__qualname__" in A.__dict__, "__module__" in A.__dict__)
T = type("T", (), {"__qualname__": "Q.T"})
print(T.__qualname__, T.__name__)
try:
    type("U", (), {"__qualname__": 5})
except TypeError as e:
    print(e)
raise A.B.C("deep")
