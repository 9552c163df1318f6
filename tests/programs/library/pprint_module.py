# pprint against CPython: layouts of nested containers at several widths, sorting, depth,
# compact, strings and bytes split over lines, collections' types, recursion and pformat.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {"name": "pyboard", "leds": [1, 2, 3, 4], "accel": {"x": -3, "y": 12, "z": 21},
        "history": [(i, i * i, str(i) * 3) for i in range(8)], "flags": {12, 3, 7},
        "nested": [[1, [2, [3, [4, [5]]]]]], "empty": {}, "none": None, "pi": 3.14159}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, depth=2)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=60)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(30)), width=30)
pprint.pprint([list(range(12))] * 3, compact=True, width=40)
pprint.pprint(("a",), width=2)
pprint.pprint(tuple(range(25)))
pprint.pprint(frozenset(range(30)))
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"text": text, "lines": "one\ntwo\nthree " * 8}, width=50)
pprint.pprint(bytes(range(40)))
pprint.pprint(bytearray(b"mpyc compiles Python ahead of time " * 2))
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))
d = defaultdict(list)
for i in range(10):
    d[i % 3].append("item %d" % i)
pprint.pprint(d)
pprint.pprint(Counter("abracadabra pyboard microcontroller"))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=30))
pprint.pprint({3: "c", 1: "a", 2: "b", "x": 1, (1, 2): [1], 2.5: None}, width=20)
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"))
d2 = {"self": None}
d2["self"] = d2
print(pprint.pformat(d2).replace(str(id(d2)), "ID"), pprint.isrecursive(d2), pprint.isrecursive([1, 2]), pprint.isreadable([1, "a"]), pprint.isreadable(object()) , pprint.saferepr({"b": 2, "a": [1, 2]}))
print(pprint.pformat([1234567, 89012345], underscore_numbers=True), repr(pprint.pformat("")), pprint.pformat([[[[[1]]]]], depth=3))
pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({"alpha": list(range(10)), "beta": ("x", "y")}))
pp.pprint([{"k": i, "v": [i] * 5} for i in range(3)])
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
