# `obj.attr op= expr` where the operation looks like float work: unboxed when both sides
# hold floats, and exactly Python's `op=` otherwise (in-place on lists, __iadd__, ints).
import math


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        self.x *= k * 1.0
        self.y /= k + 0.0
        return self

    def norm(self):
        n = math.sqrt(self.x * self.x + self.y * self.y)
        self.x /= n
        self.y /= n
        return self


v = V(3.0, 4.0)
print(v.norm().x, v.y)
v = V(3, 4)
print(v.scale(2).x, v.y, type(v.x).__name__)
v = V(1.5, 2.5)
try:
    v.y /= 0.0 * v.x
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, v.y)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        return "plain add"

    def __radd__(self, other):
        return "radd"


class Box:
    pass


b = Box()
b.v = Acc()
keep = b.v
b.v += 2.5 * 2
print(b.v is keep, keep.items)
b.v = [1.0]
same = b.v
b.v += [2.0 * 1.5]
print(b.v, b.v is same)
b.v = 10
b.v -= 0.5 * 3
print(b.v)
b.v = "s"
try:
    b.v *= 1.5
except TypeError as e:
    print("TypeError", e)


class Prop:
    def __init__(self):
        self._t = 1.0
        self.log = []

    @property
    def t(self):
        self.log.append("get")
        return self._t

    @t.setter
    def t(self, value):
        self.log.append("set")
        self._t = value


p = Prop()
p.t += 0.5 * 3
p.t *= 2.0
print(p.t, p.log)


class Particle:
    def __init__(self):
        self.x = 0.0
        self.vx = 1.0

    def step(self, dt):
        self.vx -= 9.81 * dt
        self.x += self.vx * dt


q = Particle()
for _ in range(100):
    q.step(0.01)
print(round(q.x, 9), round(q.vx, 9))
