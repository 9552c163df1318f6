# Item reads, slices and comparisons of lists that an __index__ or an __eq__ empties meanwhile:
# the length is read after the Python code runs (CPython's answers, no read past the end).
class I:
    def __init__(self, l, n):
        self.l, self.n = l, n
    def __index__(self):
        self.l.clear()
        return self.n
l = list(range(10))
try:
    print(l[I(l, 5)])
except IndexError as e:
    print("IndexError", e)
l = list(range(10))
print(l[I(l, 2):8])
l = list(range(10))
print(l[1:I(l, 8)])
class E:
    def __init__(self, l):
        self.l = l
    def __eq__(self, o):
        self.l.clear()
        return True
a = [E(None), 1, 2]
a[0].l = a
print(a == [0, 1, 2])
b = [1, 2, 3]
c = [E(b), 2, 3]
print(b == c, b < c, len(b))
t = (1, 2)
print(t == (1, 2), t < (1, 3), (1, [2]) == (1, [2]))
