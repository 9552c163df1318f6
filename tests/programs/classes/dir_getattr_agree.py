# Every name dir() lists for a class, its instances and built-in objects is one getattr finds
# (inspect.getmembers and micropython-lib's enum walk dir() so); object's methods called
# through a class and an instance behave as CPython's.
class C:
    pass


class S:
    __slots__ = ("a", "b")


class E(Exception):
    pass


def missing(o):
    out = []
    for n in dir(o):
        try:
            getattr(o, n)
        except AttributeError:
            out.append(n)
    return out


for o in (C, C(), S(), E, E("x"), 5, "s", [1], int, object(), len):
    print(missing(o))

o = C()
print(o.__init__(), C.__init__(o))
o.__setattr__("x", 1)
print(o.x, o.__getattribute__("x"))
o.__delattr__("x")
print(hasattr(o, "x"))
print(C().__module__, C.__module__, o.__weakref__)
print(o.__new__ is object.__new__, type(o.__new__(C)) is C)
print(o.__subclasshook__(), C.__subclasshook__(int), C.__init_subclass__())
print(sorted(o.__dir__()) == dir(o), "__init__" in C.__dir__(o))
print(o.__getstate__())
o.y = [2]
print(o.__getstate__())
s = S()
s.a = 1
print(s.__getstate__())
print(type(o.__sizeof__()) is int, o.__sizeof__() > 0)

# A minimal reduction: enough to make the object again (mpyc's __reduce__ is its
# __reduce_ex__(2), where CPython's names copyreg._reconstructor).
r = o.__reduce_ex__(2)
print(len(r), r[1] == (C,), r[2], r[3:])
n = r[0](*r[1])
print(type(n) is C, n.__dict__)
n.__dict__.update(r[2])
print(n.y is o.y)
r2 = o.__reduce__()
print(r2[2] == {"y": [2]})
try:
    o.__reduce_ex__("x")
except TypeError as e:
    print("TypeError")


class P:
    def __init__(self, v):
        self.v = v

    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)

    def __dir__(self):
        return ["b", "a"]


p = P(3)
print(p.v, dir(p), "v" in object.__dir__(p), "__init__" in object.__dir__(p))
object.__setattr__(p, "w", 1)
print(p.w)
