# `obj.__dict__` and `vars(obj)`: the instance's attributes as a live dict.
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self):
        return "class m"
p = P()
print(p.__dict__)
d = vars(p)
d["c"] = 3
print(p.c, sorted(vars(p)), p.m())
p.__dict__["a"] = 10
print(p.a, P().a)
del p.__dict__["b"]
print(hasattr(p, "b"))
p.__dict__["m"] = lambda: "instance m"
print(p.m(), P().m())
p.z = 26
print(sorted(vars(p)), p.z, p.__dict__ is vars(p))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
q = P()
q.__dict__.update({"x": 1, "y": 2})
print(q.x + q.y, len(q.__dict__))
