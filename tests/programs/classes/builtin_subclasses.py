# Subclasses of the built-in types: values (str, int, float, tuple, bytes, frozenset,
# complex) and containers with operators and methods of their own.

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, repr(n), n.shout(), len(n), n + "x", n * 2, n[0], n[1:], "d" in n)
print(isinstance(n, str), type(n).__name__, type(n + "") is str, n == "ada", hash(n) == hash("ada"))
print({n: 1}["ada"], {"ada": 2}[n], sorted([Name("b"), Name("a")]))
print(str(n), type(str(n)).__name__, f"<{n}>", "%s" % n, n.split("d"), ",".join([n, n]))
n.tag = 5
print(n.tag, vars(n) if False else "")

class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, c.fahrenheit(), c + 1, -c, +c, type(+c).__name__, abs(c), int(c), round(c), c > 50, c == 100.0)

class Flags(int):
    def __repr__(self):
        return "Flags(%d)" % int(self)
    def has(self, bit):
        return bool(self & bit)

f = Flags(6)
print(f, repr(f), str(f), f.has(2), f.has(1), f + 1, f * 2, f // 4, f % 4, f << 1, -f, ~f, f == 6, hash(f) == hash(6))
print([10, 20, 30, 40, 50, 60, 70][Flags(2)], list(range(Flags(3))), Flags(0) or "zero", bool(Flags(0)), bool(Flags(3)))
print(Flags("ff", 16), Flags(2 ** 70), Flags(True), isinstance(Flags(1), int), f"{Flags(255):x}")

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p + (3,), list(p), p == (1, 2), {p: "x"}[(1, 2)])
a, b = p
print(a, b, type(p.swap()).__name__, p[::-1], max(p))

class Blob(bytes):
    pass

bl = Blob(b"hi")
print(bl, len(bl), bl[0], bl + b"!", bl.decode(), isinstance(bl, bytes))

class Tags(frozenset):
    def has(self, t):
        return t in self

t = Tags(["a", "b"])
print(sorted(t), t.has("a"), t.has("z"), len(t), sorted(t | {"c"}))

class Z(complex):
    pass

z = Z(1, 2)
print(z, z.real, z.imag, z * 2, abs(Z(3, 4)))

# Containers whose operators are the program's own.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())

d = LowerDict()
d["Apple"] = 1
d["BANANA"] = 2
print(d["apple"], d["Banana"], "APPLE" in d, "cherry" in d, len(d), sorted(d), d)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)

class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        return super().__getitem__(-1 - i)
    def __len__(self):
        return super().__len__() * 10
    def __repr__(self):
        return "Stack" + super().__repr__()
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))

s = Stack()
s.push(1)
s.push(2)
s.append(3)
print(s[0], s[2], len(s), s, list(s), [x for x in s], bool(s), 2 in s)
for x in s:
    print("item", x)

class Vec(list):
    def __add__(self, other):
        return Vec(x + y for x, y in zip(self, other))
    def __mul__(self, k):
        return Vec(x * k for x in self)
    __rmul__ = __mul__
    def __eq__(self, other):
        return list(self) == list(other)
    __hash__ = None

v = Vec([1, 2]) + Vec([10, 20])
print(v, v * 3, 2 * v, v == [11, 22], v != [11, 22], type(v).__name__)
try:
    hash(v)
except TypeError as e:
    print("TypeError", e)

class Counted(dict):
    def __missing__(self, key):
        return 0
    def __len__(self):
        return 99

cd = Counted(a=1)
print(cd["a"], cd["b"], len(cd), bool(cd))

class Mixin:
    def __getitem__(self, k):
        return ("mixin", super().__getitem__(k))

class ML(Mixin, list):
    pass

print(ML([5, 6])[1])

print(list.__len__([1, 2, 3]), int.__add__(2, 3), str.__new__(Name, "q").shout(), dict.__getitem__({"k": 1}, "k"))
