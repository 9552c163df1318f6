# dict.popitem takes the last entry, also after deletions, and emptying a dict by popitem
# (which drops the deleted entries on the way) keeps every other entry and its order.
d = {i: str(i) for i in range(2000)}
s = 0
while d:
    k, v = d.popitem()
    s += k
print(s, len(d))
d = {"a": 1, "b": 2, "c": 3}
del d["c"]
print(d.popitem(), d)
d["z"] = 9
print(d.popitem(), d.popitem(), d)
for i in range(20):
    d[i] = i
for i in range(15):
    d.popitem()
d["new"] = 1
print(list(d.items()))
try:
    d.clear(); d.popitem()
except KeyError as e:
    print("KeyError", e)
# More deleted entries than live ones when popitem comes: the rest keep their order.
d = {("k", i): i for i in range(100)}
for i in range(20, 80):
    del d[("k", i)]
print(d.popitem(), d.popitem(), len(d))
print([v for v in d.values()][:25])
d[("k", 500)] = 500
print(list(d.values())[-3:], d[("k", 5)], ("k", 50) in d)
