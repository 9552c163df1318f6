# Instances keep attributes in slots named by shared shapes: every way an instance's names can
# come and go must still read and write the right values.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def total(points):
    # One attribute site sees every instance (a site's cache holds one shape).
    s = 0
    for p in points:
        s += p.x - p.y
    return s


pts = [Point(i, 2 * i) for i in range(20)]
print(total(pts), pts[7].norm2())

# The same class, names added in another order (a second branch of shapes), and more names
# than the slots the instance was made with.
a = Point(1, 2)
b = Point(3, 4)
a.z = 5
b.w = 6
b.z = 7
print(total([a, b, Point(9, 1)]), a.z, b.z, b.w, hasattr(a, "w"))
for i in range(40):
    setattr(a, "f%d" % i, i * i)
print(a.f0, a.f39, a.x, a.y, a.z, sum(getattr(a, "f%d" % i) for i in range(40)))
c = Point(0, 0)
print(c.x, hasattr(c, "f0"), hasattr(c, "z"))

# Names made at run time are the same names as the program's.
key = "".join(["x"])
setattr(c, key, 42)
print(c.x, getattr(c, "x"), total([c]))

# Deleting an attribute, then using the instance as before.
del a.z
print(hasattr(a, "z"), a.x, a.f10)
a.z = "back"
print(a.z, total([a, b]))
try:
    del c.nothing
except AttributeError as e:
    print("AttributeError", e)


# A class attribute and a method shadowed by an instance attribute.
class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


k = Counter()
k.bump()
k.step = 10
k.bump()
print(k.n, Counter.step, Counter().step)
k.bump = lambda: "instance's own"
print(k.bump(), Counter().bump())


# Many attributes: beyond what any instance keeps in slots.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


w = Wide(300)
print(w.a0, w.a150, w.a299, sum(getattr(w, "a%d" % i) for i in range(300)))
w.a5 = -5
del w.a6
print(w.a5, hasattr(w, "a6"), Wide(3).a2)


# A property next to slots, and attributes set outside __init__.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9


t = Temp()
t.f = 212
print(t._c, t.f)


class Bag:
    pass


bags = [Bag() for _ in range(3)]
for i, g in enumerate(bags):
    g.name = "bag%d" % i
    if i % 2:
        g.extra = i
print([g.name for g in bags], [hasattr(g, "extra") for g in bags])


# A class attribute added after an instance got one of its own of that name: the instance's
# own still wins, at sites that have seen other instances take the class's.
class Late:
    pass


def get_v(o):
    return o.v


def call_f(o):
    return o.f()


l1, l2 = Late(), Late()
l1.v = "own"
l1.f = lambda: "own f"
Late.v = "class"
Late.f = lambda self: "class f"
print(get_v(l2), get_v(l1), call_f(l2), call_f(l1))
