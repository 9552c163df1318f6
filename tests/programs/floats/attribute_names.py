# Arithmetic on names assigned attributes or math results: the unboxed float path when they
# hold floats, the generic operators for ints, big ints, strs and objects of one's own.
import math
from math import sqrt, sin


class P:
    def __init__(self, x):
        self.x = x


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return Num(self.v * 10)

    def __add__(self, o):
        return self.v + (o.v if isinstance(o, Num) else o)


def f(p, q):
    x = p.x
    y = q.x
    s = sin(x) if not isinstance(x, (str, Num)) else 0.0
    return x * x + y * y, s * 2 + 1, math.cos(0.0) - s


for a, b in [(3, 4), (1.5, 2), (2, 0.5), (10**20, 3), (True, 2.5)]:
    print(f(P(a), P(b)))
print(f(P(Num(2)), P(5)))
try:
    f(P("a"), P(1))
except TypeError as e:
    print("TypeError", e)
r = sqrt(2.0) * 2 / 3
print(round(r, 6), sqrt(16) + 1)
