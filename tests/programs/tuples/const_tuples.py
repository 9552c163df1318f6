# Tuples of constants: made once, shared as CPython's constants are, and used as any tuple.
T = ((0, 1, 2), (3, 4, -5), ("a", None, True, 1.5, -2.5, ...), ((1, (2, 3)),))
print(T, T[1][2], len(T), T[3][0][1][1])


def pair():
    return (1, 2)


def big():
    return (-1, 2**40, 4, -(2**62), 10**20)


print(pair() is pair(), pair() == (1, 2), hash((1, 2)) == hash(pair()))
print(big(), big() == big())
x = 3
print(x in (1, 2, 3), (1, 2) + (3,), sorted((3, 1, 2)), (1, 2) * 2)
print({(1, 2): "k"}[(1, 2)], (1, 2) < (1, 3), max((4, 9, 2)))
a, b = (5, 6)
print(a, b, list((7, 8)), tuple((9,)), (0,) == (0,), type((1, 2)).__name__)
print((1, "s").index("s"), (1, 1, 2).count(1), repr(("q", 0.5)))


def loops(n):
    out = []
    while True:
        n -= 1
        if n < 0:
            break
        out.append(n)
    if 0:
        out.append("never")
    while False:
        out.append("never")
    while "":
        out.append("never")
    if "yes" and 1:
        out.append("always")
    "a docstring-like constant statement does nothing"
    42
    return out


print(loops(3))
for t in ((1, 2), (3, 4)):
    print(t, t == (1, 2))
# A str whose text is what the compiler might use to name a float or a tuple of constants is
# still that str (the objects are kept apart).
s = 't[Runtime("mpyc_TUPLE_TYPE"), Int(3), Int(5), Int(7), Int(11)]'
u = (2, 3, 5)
f = 1.5
g = "f1.5e0"
print(s, u, type(u).__name__, len(u), f, g, type(g).__name__)
