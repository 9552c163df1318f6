# __setattr__ and __delattr__ of the program's own (object.__setattr__ / super() for the
# store), property deleters, descriptors' __delete__, setattr()/delattr() through them.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
f = Frozen(3)
print(f.x)
for action in [lambda: setattr(f, "x", 4), lambda: delattr(f, "x")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
try:
    f.y = 1
except AttributeError as e:
    print("AttributeError", e)

class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 10)
l = Logged()
for _ in range(3):
    l.a = 5
print(l.a, l.b, vars(l))

class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.deleter
    def x(self):
        print("deleted")
        del self._x
c = C()
del c.x
print(hasattr(c, "_x"))
class P:
    @property
    def y(self):
        return 1
try:
    del P().y
except AttributeError as e:
    print("AttributeError", e)
class D:
    def __get__(self, obj, t):
        return 7
    def __delete__(self, obj):
        print("descriptor delete")
class E:
    d = D()
e = E()
del e.d
print(e.d)
class Track:
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
t = Track()
t.q = 1
del t.q
print(hasattr(t, "q"))
