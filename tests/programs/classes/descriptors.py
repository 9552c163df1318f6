# Descriptors of the program's own: __get__ (non-data: the instance's attribute wins),
# __set__/__delete__ (data: the descriptor wins), __set_name__, access through the class,
# __init_subclass__ with keywords, type(name, bases, dict).
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return "class access"
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v

class C:
    d = Desc()
    e = Desc()
    def __init__(self):
        self.calls = 0
    @Lazy
    def area(self):
        self.calls += 1
        return 42

c = C()
c.d = 4
print(c.d, c.e, C.d.name, C.e.name, type(C.d).__name__)
for _ in range(3):
    print(c.area, c.calls)
print(C.area)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, cls):
        return getattr(obj, self.key)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError("%s must be %s" % (self.key[1:], self.kind.__name__))
        setattr(obj, self.key, v)

class P:
    x = Typed(int)
    def __init__(self, x):
        self.x = x
ps = [P(i) for i in range(5)]
print(sum(p.x for p in ps))
try:
    P("no")
except TypeError as e:
    print("TypeError", e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls
class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
print(sorted(Plugin.registry))

def hello(self):
    return "hi " + self.n
T = type("T", (object,), {"n": "t", "hello": hello, "d": Desc()})
t = T()
t.d = 7
print(T.__name__, t.hello(), t.d, isinstance(t, T))
try:
    type("X", [object], {})
except TypeError as e:
    print("TypeError", e)
