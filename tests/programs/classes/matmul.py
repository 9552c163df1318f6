# `@` and `@=`: only classes define them (__matmul__, __rmatmul__, __imatmul__).
class M:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        return ("rmatmul", other)

    def __repr__(self):
        return "M(%r)" % (self.rows,)


a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(3 @ a)
c = a
c @= b
print(c, c is a)


class I:
    def __init__(self):
        self.n = 0

    def __imatmul__(self, other):
        self.n += other
        return self


i = I()
keep = i
i @= 5
i @= 2
print(i.n, i is keep)
for x, y in ((1, 2), (1.5, 2), ([1], [2]), (a, 1)):
    try:
        print(x @ y)
    except TypeError as e:
        print("TypeError", e)
