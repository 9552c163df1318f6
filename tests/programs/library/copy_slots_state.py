import copy


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = "z"


class Mixed(P):
    def __init__(self):
        super().__init__(1, [2])
        self.extra = {"k": [3]}


p = P(1, [2])
q = copy.copy(p)
print(q.x, q.y, q.y is p.y)
r = copy.deepcopy(p)
print(r.x, r.y, r.y is p.y)
half = P.__new__(P)
half.x = 7
h = copy.copy(half)
print(h.x, hasattr(h, "y"))
z = Q(1, 2)
z.z = [9]
z2 = copy.deepcopy(z)
print(type(z2).__name__, z2.x, z2.y, z2.z, z2.z is z.z)
m = copy.deepcopy(Mixed())
print(m.x, m.y, m.extra)


class State:
    def __init__(self, v):
        self.v = v
        self.cache = "big"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, st):
        self.v = st["v"]
        self.cache = "rebuilt"


s = copy.deepcopy(State([1]))
print(s.v, s.cache, copy.copy(State(2)).cache)


class OnlyGet:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"a": self.a * 10}


o = copy.copy(OnlyGet())
print(o.a, hasattr(o, "b"))
