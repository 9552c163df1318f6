a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = {**a, **b}
print(c, a | b, b | a)
a.update(b)
print(a)
a.update([("w", 0)], q=9)
print(a)
d = dict.fromkeys(["k1", "k2"], 0) if hasattr(dict, "fromkeys") else {"k1": 0, "k2": 0}
print(d)
