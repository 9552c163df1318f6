# A __prepare__ namespace of a dict subclass (dict.copy of a subclass is a dict); str, list
# and tuple + an object with __radd__; a class's __class__; a function's __dict__ (wraps copies it).
class D(dict): pass
class M(type):
    @classmethod
    def __prepare__(m, n, b): return D()
class A(metaclass=M): x = 1
print(A.__dict__.get("x"), A.x)
d = D(a=1)
print(type(d.copy()).__name__, d.copy(), type(d | {}).__name__)
class R:
    def __radd__(s, o): return "r:" + repr(o)
print("a" + R(), [1] + R(), (2,) + R())
class N: pass
for left in ("a", [1], (2,)):
    try:
        left + N()
    except TypeError as e:
        print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
class S(str): pass
try:
    S("a") + 1
except TypeError as e:
    print(e)
print(A.__class__.__name__, int.__class__.__name__, type(A).__name__)
def f(): pass
f.tagged = True
print(f.__dict__)
g = lambda: 0
print(g.__dict__)
g.__dict__["k"] = 2
print(g.k)
import functools
def tag(fn):
    fn.tagged = True
    return fn
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
@tag
def h(x): return str(x)
print(getattr(h, "tagged", "missing"))
