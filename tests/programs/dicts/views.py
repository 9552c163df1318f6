d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["c"] = 3
print(keys, values, items, len(keys), "a" in keys, 2 in values, ("c", 3) in items)
print(list(reversed(list(keys))), sorted(values, reverse=True))
for k, v in items:
    print(k, v, end=" | ")
print()
