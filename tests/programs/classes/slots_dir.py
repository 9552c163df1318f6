# dir() of an object of a class with __slots__: the slots' names, set or not, and no __dict__
# or __weakref__ where the classes all have __slots__.
class B:
    __slots__ = ("x", "y")
def shown(o):
    return [n for n in dir(o) if not n.startswith("__") or n in ("__dict__", "__slots__", "__weakref__")]
b = B()
b.x = 1
print(shown(b), "__dict__" in dir(b))
class C(B):
    pass
c = C()
c.z = 5
print(shown(c))
class D(B):
    __slots__ = ("w", "__weakref__")
print(shown(D()))
