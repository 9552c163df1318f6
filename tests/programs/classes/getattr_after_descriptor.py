# A property or descriptor whose __get__ raises AttributeError falls back to __getattr__.
class A:
    @property
    def p(self):
        raise AttributeError("x")
    def __getattr__(self, n):
        return "fallback " + n
a = A()
print(a.p, getattr(a, "p"), getattr(a, "p", 1), hasattr(a, "p"))

class D:
    def __get__(self, obj, cls):
        raise AttributeError("d")
class B:
    d = D()
    def __getattr__(self, n):
        return "fb " + n
print(B().d, getattr(B(), "d", 0))

class C:
    @property
    def q(self):
        raise AttributeError("q failed")
try:
    C().q
except AttributeError as e:
    print("AttributeError", e)
print(getattr(C(), "q", "default"))

class E:
    @property
    def r(self):
        raise KeyError("k")
    def __getattr__(self, n):
        return "never"
try:
    E().r
except KeyError as e:
    print("KeyError", e)

class Lazy:
    def __init__(self):
        self._cache = {}
    @property
    def value(self):
        return self.missing_thing
    def __getattr__(self, n):
        if n.startswith("missing"):
            return n.upper()
        raise AttributeError(n)
print(Lazy().value)
