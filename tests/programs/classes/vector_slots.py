import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self): return "Vector({}, {})".format(*self)
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
v = Vector(3, 4)
print(v + v, v * 2, abs(v), list(v), v == Vector(3, 4), {v: 1}[Vector(3, 4)])
x, y = v
print(x, y, max(v), dict(zip("xy", v)))
def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(outer())
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__ if hasattr(e, "__suppress_context__") else True)
words = "the rain in spain falls mainly".split()
print({len(w): w for w in words}, sorted(words, key=lambda w: (len(w), w)))
print(" ".join(w[::-1] for w in words), [w for w in words if "ain" in w])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], sum(sum(r) for r in matrix))
print(all(isinstance(n, int) for row in matrix for n in row))
stack = [1]
while stack:
    n = stack.pop()
    if n < 20:
        stack.extend([n * 2, n * 3])
    else:
        print(n, end=" ")
print()
