# Comparisons as values: a rich comparison's own result (any object), a chain's first false
# result or its last (each intermediate asked of its truth once), float literals on either
# side; and starred subscripts (3.11) index with the tuple of their items.
class W:
    def __lt__(s, o): return "yes"
    def __gt__(s, o): return "gt"
    def __eq__(s, o): return "eq"
    def __bool__(s):
        print("bool")
        return True


print(W() < W() < W())
def f(a, b, c): return a < b < c
print(f(W(), W(), W()))
x = W() < W() < W(); print(x)
v = 1.5
print([1 < 2 < 3, 1 < 3 < 2, 3 < 1 < 2, 1 in [1] in [[1]], v is v is not None])


class Z:
    def __lt__(s, o): return 0


print(Z() < Z() < Z(), (lambda: Z() < Z() < 5)())
w = W(); v = 1.5
print(1.5 < w, -1.5 < w, 2.0 == w, v < w, w > 2.5, 1.5 < 2.5, 0.5 == 0.5, 2.0 < 1)
t = 0.25
print(t < 0.5, t > 1.0, t <= 0.25 < 1.0)


class G:
    def __getitem__(s, k): return k


g = G(); t2 = (1, 2)
print(g[*t2], g[0, *t2], g[*t2, 9], g[*[]])
