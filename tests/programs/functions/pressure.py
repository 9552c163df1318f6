# More values live across calls than there are registers.
def g(x):
    return x + 1

def many(a, b):
    c = g(a)
    d = g(b)
    e = g(c + d)
    f = g(e * 2)
    h = g(f - a)
    i = g(h + b)
    j = g(i * c)
    k = g(j - d)
    l = g(k + e)
    m = g(l * 2)
    n = g(m - f)
    o = g(n + h)
    return a + b + c + d + e + f + h + i + j + k + l + m + n + o

print(many(1, 2), many(10, -3), many(2 ** 40, 7))
