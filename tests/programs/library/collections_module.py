# collections: namedtuple, deque, OrderedDict, defaultdict and Counter, with their error messages.
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter

Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(y=4, x=3)
print(p, q, Point.__name__, Point._fields, p.x, p.y, q[0], q[-1], p[:], p[1:])
x, y = p
print(x, y, len(p), list(p), 2 in p, 5 in p, p.count(1), p.index(2), p + (3,), (0,) + p)
print(p == (1, 2), (1, 2) == p, p != (1, 2), p == Point(1, 2), p == [1, 2], p < q, q >= p)
print(hash(p) == hash((1, 2)), p._asdict(), p._replace(y=9), Point._make([5, 6]), repr(q))
print(p * 2, sorted([q, p, Point(1, 0)]), max(p), sum(q), tuple(p), dict(a=p)["a"].y)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, c=3), P3._field_defaults, P3._fields)
R = namedtuple("R", "abc, def, abc, _x, 1y, ok", rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
for make in (lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3),
             lambda: Point(1, y=2, z=3), lambda: Point(1, x=2),
             lambda: P3(1, 2, 3, 4), lambda: P3(), lambda: P3(b=2),
             lambda: namedtuple("N", "a b c")(), lambda: namedtuple("E", [])(1),
             lambda: Point._make([1, 2, 3]), lambda: p._replace(z=1, w=2), lambda: p[2]):
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
    except IndexError as e:
        print("IndexError", e)
for args in (("Point", "x x"), ("Point", "x 1x"), ("class", "a"), ("Point", "a def"),
             ("Point", "a _b"), ("P-q", "a"), ("Point", "a b c", (1, 2, 3, 4))):
    try:
        print(namedtuple(args[0], args[1], defaults=args[2] if len(args) > 2 else None)._fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(namedtuple("Pt", ["x", "y"])(1, 2), namedtuple("Z", "x,y ,z")(1, 2, 3))

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d, bool(d), bool(deque()))
d.extend([7, 8])
d.extendleft("ab")
print(d, d.maxlen, 7 in d, 9 in d, d.count(7), d.index(7), list(reversed(d)))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(10)
print(d)
d.remove("a")
d.reverse()
d[0] = 100
d.insert(1, "i")
d.insert(-1, "j")
print(d, d.copy() == d, d == deque(d), d == list(d), d != deque())
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m, m + deque([1]), deque([1, 2]) + deque([3]))
m += [5, 6]
print(m, deque(maxlen=0), deque("xyz", 2) * 2)
big = deque()
for i in range(1000):
    big.append(i)
total = 0
while len(big) > 3:
    total += big.popleft()
    if total % 7 == 0:
        big.append(total % 100)
        big.appendleft(-1)
print(total, big, len(big))
e = deque([1, 2])
e.clear()
for op in (e.pop, e.popleft, lambda: e[0], lambda: e.remove(3), lambda: deque([1]).index(2),
           lambda: deque([1], 1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque([1]) + [2],
           lambda: deque([1])["a"]):
    try:
        print(op())
    except (IndexError, ValueError, TypeError) as err:
        print(type(err).__name__, err)

# OrderedDict
od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od["a"] = 1
od["b"] = 2
od.update({"c": 3}, d=4)
od.update([("e", 5)])
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()), "a" in od)
od.move_to_end("a")
od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False), list(reversed(od)))
print(od.get("x"), od.get("b"), od.setdefault("b", 9), od.setdefault("z", 0), od.pop("z"), od.pop("q", -1))
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == {"y": 2, "x": 1}, {"x": 1, "y": 2} == o2, o1 != o2, o1.copy(), o1 | {"z": 3})
print(OrderedDict.fromkeys("ab"), OrderedDict.fromkeys([1, 2], 0), OrderedDict(a=1, b=2))
del o1["x"]
o1.clear()
for op in (lambda: o1["nope"], o1.popitem, lambda: o2.pop("nope"), lambda: o2.move_to_end("q")):
    try:
        print(op())
    except KeyError as err:
        print("KeyError", err)

# defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, len(dd), dd.get("c"), "c" in dd, dict(dd.items()))
ci = defaultdict(int, {"k": 5}, z=1)
for w in "hello world":
    ci[w] += 1
print(ci, ci["k"], sorted(ci.items())[:3], ci.pop("k"), ci.copy() == ci)
nd = defaultdict()
print(nd, nd.default_factory)
for op in (lambda: nd["missing"], lambda: defaultdict(5), lambda: nd.popitem()):
    try:
        print(op())
    except (KeyError, TypeError) as err:
        print(type(err).__name__, err)

# Counter
c = Counter("abracadabra")
print(c, c["a"], c["zz"], "zz" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract(r=5)
print(c, list(c), list(c.keys()))
c2 = Counter(a=3, b=-1, c=2)
c3 = Counter({"a": 1, "b": 2, "d": 4})
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3, +c2, -c2, Counter())
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) <= Counter(a=2))
c2 += c3
print(c2, Counter(["x", "y", "x"]), Counter(x=2, y=2, w=3).most_common())
del c2["nothing"]
del c2["a"]
print(c2, c2.get("a"), c2.pop("d"), c2.setdefault("n", 7), c2)
try:
    Counter.fromkeys("ab")
except NotImplementedError as err:
    print("NotImplementedError", err)
