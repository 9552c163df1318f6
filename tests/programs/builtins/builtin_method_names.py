# Names and reprs of built-in functions and methods, bound and unbound.
import math

print(len.__name__, len.__qualname__, math.sqrt.__qualname__)
print(str.upper.__name__, str.upper.__qualname__, dict.get.__qualname__)
xs = [3]
m = xs.append
print(m.__name__, m.__qualname__, m.__self__ is xs)
print(repr(m).split(" at ")[0])
print(repr("ab".upper).split(" at ")[0])
print(repr({}.get).split(" at ")[0])
print(str(b"x".hex).split(" at ")[0])
print(str.upper)

class C:
    def f(self):
        pass

print(C().f.__qualname__, C.f.__qualname__)
