d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" in d)
print(d.get("four"), d.get("four", 4), d.keys(), d.values(), d.items())
print(list(d), sorted(d.values()))
del d["one"]
print(d, d.pop("two"), d, d.pop("x", None))
d.update({"a": 1}, b=2)
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
e = d.copy()
e.clear()
print(e, d == {"three": 3, "a": 1, "b": 2, "c": [1, 2]})
