# Every class's namespace has a __doc__ (None without a docstring), so an instance's __doc__
# is found before the class's __getattr__ is asked, and the class's __dict__ shows it.
class A:
    def __getattr__(self, name):
        return "GA:" + name


print(A().__doc__, A().other)
print(getattr(A(), "__doc__", "missing"), hasattr(A(), "__doc__"))
print(A.__doc__, A.__dict__["__doc__"], "__doc__" in vars(A))
print(sorted(k for k in vars(A) if k in ("__doc__", "__getattr__")))


class B:
    "doc of B"

    def __getattr__(self, name):
        return "GA:" + name


class C(B):
    pass


print(B.__doc__, B().__doc__, C.__doc__, C().__doc__, C().x)
print(C.__dict__["__doc__"], B.__dict__["__doc__"])
print(list(k for k in C.__dict__ if k == "__doc__"))
print("__doc__" in dir(C), "__doc__" in dir(C()))


class S:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "S:" + name


print(S().__doc__, S().b)

X = type("X", (), {"__getattr__": lambda self, n: n.upper()})
print(X().__doc__, X().abc, X.__dict__["__doc__"])
Y = type("Y", (), {"__doc__": "given"})
print(Y().__doc__, Y.__dict__["__doc__"])


class Z:
    __doc__ = "assigned"


print(Z().__doc__, [k for k in Z.__dict__ if k == "__doc__"])
