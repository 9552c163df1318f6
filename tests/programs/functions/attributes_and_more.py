def f(x):
    return x
f.calls = 0
f.calls += 1
print(f.calls, f.__name__, getattr(f, "missing", "none"))
class E(Exception):
    def __str__(self):
        return "custom str"
try:
    raise E("x")
except E as e:
    print(e, repr(e), e.args)
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print("deleting")
        self._v = None
p = P()
print(p.v)
print(type(P.v).__name__)
def gen():
    x = yield
    while x is not None:
        x = yield x * 2
g = gen()
next(g)
print(g.send(3), g.send(4))
print(sum([[1], [2]], []), max("abc", key=ord), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
a = b = []
a.append(1)
print(a, b, a is b)
print("%5.2f%%" % 12.345, "%-5s|" % "x", "%05.1f" % -2.5)
print(isinstance(f, object), issubclass(E, BaseException), type(E).__name__, E.__name__)
class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"T{self.c}"
print(sorted([Temp(3), Temp(1)]), max([Temp(3), Temp(5)]), min(Temp(2), Temp(1)))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(t) for t in zip("ab", "cd")])
nums = [3, 1, 4, 1, 5]
nums.sort(key=lambda n: -n)
print(nums, sorted(nums, key=abs, reverse=True), list(reversed(sorted(nums))))
print(f"{'a':>{3}}", f"{3.0:g}", f"{1e-5:g}", f"{123456789:g}", f"{0.0001:.1e}")
