# Subclasses of built-in types: operators from both sides, hashing, construction through
# __new__, values as indexes and format arguments, and errors as CPython raises them.

class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))
    __radd__ = __add__
    def __repr__(self):
        return "%dm" % int(self)

a = Meters(3)
print(a + 4, 4 + a, a + a, sum([Meters(1), Meters(2)], Meters(0)), a * 2, type(a * 2).__name__)
print(range(10)[a], [0, 1, 2, 3, 4][a], "%d|%5d|%x" % (a, a, a), format(a, "03d"), f"{a!r} {a:>4}")
print(int(a), float(a), a == 3, a < 4, hash(a) == hash(3), {3: "three"}[a], a.bit_length(), abs(Meters(-2)))

class Word(str):
    def __new__(cls, text, weight=1):
        obj = super().__new__(cls, text.lower())
        obj.weight = weight
        return obj
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())
    def __hash__(self):
        return hash(self.lower())

w = Word("Hello", weight=5)
print(w, w.weight, w == "HELLO", w != "hello", "hello" == w, len({w: 1, Word("HELLO"): 2}), w.upper())
print(sorted([Word("b"), Word("A")]), w in ["x", "hello"], w.startswith("he"), w.replace("l", "L"))

class Temp(float):
    def __str__(self):
        return "%.1f°" % self

t = Temp(21.456)
print(t, str(t), repr(t), t + 1, round(t, 1), int(t), t > 21, max(t, 30.0), "{:.2f}".format(t))

class Row(tuple):
    def __getitem__(self, i):
        if isinstance(i, str):
            return tuple.__getitem__(self, "abc".index(i))
        return tuple.__getitem__(self, i)

r = Row((10, 20, 30))
print(r["b"], r[0], r[-1], r[1:], len(r), list(r), r == (10, 20, 30), hash(r) == hash((10, 20, 30)))

class Bits(bytearray):
    def ones(self):
        return sum(bin(b).count("1") for b in self)

b = Bits(b"\x01\x03")
b.append(7)
b[0] = 15
print(b, b.ones(), len(b), bytes(b), isinstance(b, bytearray))

class Grid(list):
    def __init__(self, w, h):
        super().__init__([0] * (w * h))
        self.w = w
    def __getitem__(self, pos):
        x, y = pos
        return super().__getitem__(y * self.w + x)
    def __setitem__(self, pos, v):
        x, y = pos
        super().__setitem__(y * self.w + x, v)

g = Grid(3, 2)
g[1, 1] = 7
g[2, 0] += 1
print(g[1, 1], g[2, 0], list(g), len(g), g.count(0))

class Registry(dict):
    def __setitem__(self, k, v):
        if k in self:
            raise KeyError("duplicate: " + k)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("deleting", k)
        super().__delitem__(k)
    def __iter__(self):
        return iter(sorted(super().__iter__()))

reg = Registry()
reg["b"] = 1
reg["a"] = 2
try:
    reg["a"] = 3
except KeyError as e:
    print("KeyError", e)
del reg["b"]
reg["c"] = 0
print(list(reg), [k for k in reg], reg, len(reg), sorted(reg.items()))

class Neg(int):
    def __neg__(self):
        return "negated"
    def __bool__(self):
        return True
    def __invert__(self):
        return super().__invert__() * 10

print(-Neg(0), bool(Neg(0)), ~Neg(2), +Neg(5), Neg(0) or "zero")

class Frozen(frozenset):
    def __contains__(self, x):
        return super().__contains__(x) or x == "*"
print("*" in Frozen("ab"), "a" in Frozen("ab"), "z" in Frozen("ab"), len(Frozen("aab")))

class Bad(str):
    def __len__(self):
        return -1
try:
    len(Bad("x"))
except ValueError as e:
    print("ValueError", e)
for base in ("bool", "range", "slice"):
    try:
        type("X", ({"bool": bool, "range": range, "slice": slice}[base],), {})
    except TypeError as e:
        print("TypeError", e)
try:
    Meters("x")
except ValueError as e:
    print("ValueError", e)
