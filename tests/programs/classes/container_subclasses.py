# Subclasses of list, dict and set: methods of their own beside the container's, __init__
# with super().__init__, __missing__, __repr__, class attributes, isinstance/type, the
# container's operations on them, and what CPython returns (plain containers from operators).
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__, isinstance(s, list), isinstance(s, Stack))
print(s + [9], type(s + [9]).__name__, s == [1, 2], sorted(Stack([3, 1, 2])), s[0], s[-1:])
for x in s:
    print("item", x)
s[0] = 10
del s[1]
print(s, 10 in s, Stack(), bool(Stack()), Stack("ab"))

class Matrix(list):
    def __init__(self, rows, cols):
        super().__init__([0] * cols for _ in range(rows))
    def __repr__(self):
        return "Matrix(%d rows)" % len(self)
m = Matrix(2, 3)
m[1][2] = 5
print(m, list(m), m[1])

class Counts(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
c = Counts()
for w in "a b a c a b".split():
    c.add(w)
print(c, c["zzz"], "zzz" in c, len(c), sorted(c.items()), c.get("q", -1))

class Defaults(dict):
    kind = "defaults"
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self["created"] = True
d = Defaults({"x": 1}, y=2)
print(d, Defaults.kind, d.kind, type(d).__name__, isinstance(d, dict), dict(d) == d)

class Tags(set):
    def tag_names(self):
        return sorted(self)
t = Tags(["b", "a"])
t.add("c")
print(t.tag_names(), len(t), "a" in t, type(t | {"z"}).__name__ in ("set", "Tags"))

class Sub(Stack):
    def twice(self):
        return self * 2
print(Sub([1]).twice(), Sub([4, 5]).peek())

for bad in ["class B(bool): pass", "class R(range): pass"]:
    try:
        if bad.startswith("class B"):
            class B(bool):
                pass
        else:
            class R(range):
                pass
    except TypeError as e:
        print("TypeError", e)
try:
    s.name = "x"
except AttributeError as e:
    print("AttributeError")
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("primes", [2, 3, 5])
n.extra = 1
print(n.name, n, n.extra, vars(n), n.__dict__["name"], hasattr(n, "missing"))
del n.extra
print(hasattr(n, "extra"), len(n))
class Cfg(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
cfg = Cfg(host="x", port=80)
print(cfg.host, cfg.port, cfg)
import json
print(json.dumps(Stack([1, {"a": Cfg(b=2)}])))
