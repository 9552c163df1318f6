# Expressions that look like float work take an unboxed path when their names hold floats,
# and the generic one otherwise: both must give CPython's results.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    __rmul__ = __mul__
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __repr__(self):
        return f"Num({self.v})"
def poly(x, y):
    r = 0.5 * x * x - y / 2.0 + 1.0
    return r
for x, y in [(1.5, 2.0), (2, 4), (3, 1.0), (Num(2), 1.0), (True, 0.5), (10 ** 20, 1.0)]:
    print(poly(x, y) if not isinstance(x, Num) else "Num", end=" ")
print()
print(poly(Num(2), 4.0).v if False else (0.5 * Num(2)).v)
def ratio(a, b):
    scale = 1.0
    return scale * a / b
for a, b in [(1.0, 4.0), (1, 3), (5.0, 0.0), (0.0, 0.0)]:
    try:
        print(ratio(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
nan = float("nan")
inf = float("inf")
w = 0.0
print(nan < 1.0, nan == nan, nan != nan, -w, 0.0 * -1.0, inf - inf, -inf * 0.5, 1.0 / inf)
def below(limit):
    x = 0.25
    n = 0
    while x * 2.0 < limit:
        x = x * 2.0
        n += 1
    return n, x
print(below(100.0), below(1), below(Num(5).v + 0.5))
t = 1.5
print(t < 2, t >= 1, t == 1.5, 2 * t == 3, t + True, -t, +t)
