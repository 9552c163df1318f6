# __new__ of the program's own: object.__new__, super().__new__, singletons and caches
# (__init__ runs again on the same object, as in CPython), __new__ returning another type
# (no __init__), inherited __new__, staticmethod-decorated __new__, exception classes.
class B:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x * 2
        return o
print(B(4).x, type(B(1)).__name__)

class Single:
    _it = None
    def __new__(cls, *args):
        if cls._it is None:
            cls._it = super().__new__(cls)
            print("made")
        return cls._it
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)

class Other:
    def __new__(cls, n):
        if n < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, n):
        self.n = n
print(Other(-1), Other(3).n)

class Sub(B):
    pass
s = Sub(5)
print(type(s).__name__, s.x, isinstance(s, B))

class St:
    @staticmethod
    def __new__(cls, a, b=1):
        o = object.__new__(cls)
        o.t = (a, b)
        return o
print(St(1).t, St(1, b=5).t)

class E(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.extra = "x"
        return e
try:
    raise E("boom")
except E as e:
    print(type(e).__name__, e.extra)

class Plain:
    pass
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
print(type(object.__new__(Plain)).__name__)
for i in range(3):
    print(B(i).x, end=" ")
print()
