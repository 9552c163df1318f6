# __slots__: instances take only the names listed (with their bases'), and have no __dict__.
class C:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1

c = C()
print(c.x)
try:
    print(c.y)
except AttributeError as e:
    print("AE", e)
c.y = 5
print(c.y)
try:
    c.z = 2
except AttributeError as e:
    print("AE", e)
del c.y
try:
    del c.y
except AttributeError as e:
    print("AE", e)
try:
    print(c.__dict__)
except AttributeError as e:
    print("AE", e)

class D(C):
    pass          # no __slots__: instances get a __dict__

d = D()
d.z = 3
print(d.z, d.x)

class E(C):
    __slots__ = ['w']

e = E()
e.w = 1; e.x = 2
try:
    e.q = 3
except AttributeError as ex:
    print("AE", ex)

class F:
    __slots__ = 'only'
f = F()
f.only = 9
try:
    f.other = 1
except AttributeError as ex:
    print("AE", ex)

class G:
    __slots__ = ('a', '__dict__')
g = G()
g.a = 1
g.b = 2
print(g.a, g.b)

class H:
    __slots__ = ()
    @property
    def v(self):
        return 42
    @v.setter
    def v(self, val):
        print("set", val)
h = H()
h.v = 5
print(h.v)
try:
    h.n = 1
except AttributeError as ex:
    print("AE", ex)
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as ex:
    print("VE", ex)
print(C.__slots__, sorted(k for k in ('x', 'y') if hasattr(c, k)))
