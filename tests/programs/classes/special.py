class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __lt__(self, other):
        return len(self) < len(other)
    def __bool__(self):
        return any(self.xs)
    def __str__(self):
        return "<" + ", ".join(map(str, self.xs)) + ">"
    def __call__(self, i):
        return self.xs[i] * 100
v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[1], 2 in v, 7 in v, list(v), str(v * 2), str(3 * v), str(-v))
print(v < Vec(1, 2, 3, 4), bool(Vec(0, 0)), bool(v), v(2), sorted([Vec(1, 2), Vec(1)]) [0])
