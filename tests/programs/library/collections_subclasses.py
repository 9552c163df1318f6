# collections' types are subclasses of the built-in ones, as in CPython.
from collections import namedtuple, OrderedDict, defaultdict, Counter
import json

P = namedtuple("P", "x y")
p = P(1, 2)
print(isinstance(p, tuple), tuple(p), p + (3,), json.dumps(p), list(zip(p, p)), p[::-1], hash(p) == hash((1, 2)))
print(sorted([P(2, 1), P(1, 5)]), {P(0, 0): "origin"}[(0, 0)], max(P(3, 9)), "%d-%d" % p)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, v._asdict(), v._replace(x=0), isinstance(v, tuple), len(v))

c = Counter("abracadabra")
print(isinstance(c, dict), c["a"], c["z"], c.most_common(2), json.dumps(c, sort_keys=True), sorted(c))
c["z"] += 2
c.update({"a": 1})
c.subtract("aa")
del c["q"]
print(c, c.total(), dict(c) == {"a": 4, "b": 2, "r": 2, "c": 1, "d": 1, "z": 2}, c == Counter(dict(c)))
print(c + Counter(b=1), c - Counter(a=10), c & Counter(a=1), c | Counter(e=5), +Counter(x=-1), -Counter(x=-1))

d = defaultdict(list)
for word in "one two three two one one".split():
    d[len(word)].append(word)
print(isinstance(d, dict), d, dict(d), d[99], len(d), d.get(7), 7 in d, json.dumps(d))
dd = defaultdict(int, a=1)
dd["b"] += 1
print(dd, dd.copy(), type(dd | {"c": 3}).__name__, defaultdict(None)["x"] if False else "ok")
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)

o = OrderedDict(b=1, a=2)
o["c"] = 3
o.move_to_end("b")
print(o, list(o), isinstance(o, dict), o.popitem(last=False), o, o == {"a": 2, "c": 3} if False else o == OrderedDict(c=3))
o2 = OrderedDict([("x", 1), ("y", 2)])
print(o2 == OrderedDict([("y", 2), ("x", 1)]), o2 == {"y": 2, "x": 1}, dict(o2), json.dumps(o2))
