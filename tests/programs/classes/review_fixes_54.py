# Review fixes: an operator method borrowed into a plain class is a TypeError (not endless recursion); __class__ assignment between classes of one built-in base; a renamed class's __name__ is not an attribute of its instances; typing.Callable/Hashable in isinstance; a str times a str is a TypeError.
class C:
    __add__ = int.__add__
for f in (lambda: C() + 1, lambda: C().__add__(1), lambda: int.__add__(C(), 1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError")
class I(int):
    pass
print(int.__add__(I(2), 3), I(2).__add__(3))
class E1(Exception): pass
class E2(Exception): pass
class E3(ValueError): pass
e = E1("m")
e.__class__ = E2
print(type(e).__name__, e.args, isinstance(e, E2))
try:
    e.__class__ = E3
except TypeError as x:
    print(x)
class L1(list): pass
class L2(list): pass
class D(dict): pass
l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = D
except TypeError as e:
    print(e)
class K: pass
K.__name__ = "Renamed"
print("__name__" in vars(K), K.__name__, K.__qualname__, repr(K).endswith("K'>"))
try:
    K().__name__
except AttributeError:
    print("AttributeError")
import typing
print(isinstance(5, typing.Callable), isinstance(len, typing.Callable), isinstance([], typing.Hashable), isinstance(1, typing.Hashable))
print("a".__mul__(2), end=" ")
try:
    "a".__mul__("b")
except TypeError:
    print("TypeError")
