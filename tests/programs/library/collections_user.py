from collections import ChainMap, UserDict, UserList, UserString

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, len(cm), sorted(cm), cm["b"], cm["a"], cm.get("z", 0), "c" in cm, "z" in cm)
print(list(cm.keys()), list(cm.items()), list(cm.values()))
child = cm.new_child({"a": 100})
print(child["a"], child.parents, child.maps[0])
child["d"] = 4
del child["d"]
try:
    del child["b"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["zz"]
except KeyError as e:
    print("KeyError", e)
print(child.pop("a"), child, bool(ChainMap()), bool(ChainMap({}, {1: 2})))
print(dict(cm), cm == {"a": 1, "b": 20, "c": 30}, cm.copy(), ChainMap.fromkeys("xy", 0))
print(cm | {"e": 5}, {"q": 0} | cm)
cm.clear()
print(cm)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


u = UserDict({"x": 1}, y=2)
print(u, len(u), u["x"], "y" in u, list(u), u.get("q"), u == {"x": 1, "y": 2})
u["z"] = 3
del u["x"]
print(u, u.pop("y"), u.setdefault("w", 9), u, u | {"k": 0}, {"k": 0} | u)
u.update({"m": 1}, n=2)
print(u, u.copy(), type(u.copy()).__name__, UserDict.fromkeys("ab", 1))
print(Defaulting()["ab"], isinstance(u.data, dict), u.popitem(), u.keys())
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

l = UserList([3, 1, 2])
print(l, len(l), l[0], l[1:], type(l[1:]).__name__, 2 in l, l == [3, 1, 2], l < [4])
l.append(5)
l.sort()
l.extend(UserList([7]))
l += [8]
print(l, l + [9], [0] + l, l * 2, l.pop(), l.index(5), l.count(1))
l.reverse()
l.insert(0, "s")
l.remove(1)
l[1] = "x"
del l[2]
print(l, l.copy(), list(reversed(l)), UserList(), UserList("ab"))

s = UserString("Hello")
print(s, repr(s), len(s), s[1], s[1:3], type(s[1:]).__name__, s + "!", s * 2, s == "Hello")
print(s.upper(), type(s.upper()).__name__, s.find("l"), s.split("l"), s.startswith("He"), "ell" in s)
print(s.replace("l", "L"), s.center(9, "*"), s.lower() < "world", s.format(), hash(s) == hash("Hello"))
print(sorted([UserString("b"), UserString("a")]), list(s)[:2], UserString(42) + "x", s.join(["1", "2"]))
