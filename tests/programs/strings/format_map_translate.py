# str.format_map, str.maketrans and str.translate.
from collections import defaultdict

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a}-{b}".format_map({"a": 1, "b": 2}), "{name}: {age:>4}".format_map(Default(name="x")))
print("{x.real} {y[1]}".format_map({"x": 3, "y": [7, 8]}), "{{}} {a}".format_map(defaultdict(int)))
for bad in ("{}", "{0}", "{missing}"):
    try:
        print(bad.format_map({"a": 1}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), sorted(t.items()), "".maketrans("a", "b"))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): 0x263A}), "abc".translate(str.maketrans({"a": "AA", "b": None})))
print("abc".translate(["x", "y"] * 50), "tab\\there".translate({9: " "}))
for args in (("ab", "c"), ({"ab": 1},), ({1.5: 1},), (1,)):
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
