# __slots__ in a built-in type's subclass restricts its objects' attributes, as a plain
# class's (once ignored: any attribute could be set).
from collections import namedtuple


def attempt(obj, name):
    try:
        setattr(obj, name, 5)
        print("set", name, getattr(obj, name))
    except AttributeError as e:
        print("AttributeError", e)


class P(namedtuple("P", "x y")):
    __slots__ = ()


p = P(1, 2)
attempt(p, "z")
print(p, p.x, hasattr(p, "__dict__"))
Q = namedtuple("Q", "a")
attempt(Q(1), "b")


class S(str):
    __slots__ = ()


attempt(S("s"), "a")


class L(list):
    __slots__ = ("a",)


l = L([1])
attempt(l, "a")
attempt(l, "b")
print(hasattr(l, "__dict__"), hasattr(l, "a"), l)
l2 = L()
print(hasattr(l2, "a"))


class L2(L):
    __slots__ = ("c",)


m = L2()
attempt(m, "a")
attempt(m, "c")
attempt(m, "d")


class Free(L):
    pass


f = Free()
attempt(f, "zz")
print(hasattr(f, "__dict__"))


class WithDict(list):
    __slots__ = ("a", "__dict__")


attempt(WithDict(), "q")


class DS(dict):
    __slots__ = ("tag",)


d = DS(k=1)
attempt(d, "tag")
attempt(d, "other")
print(d)


class E(Exception):
    __slots__ = ()


attempt(E(), "anything")
