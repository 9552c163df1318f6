def f(a, b=2, c="x"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c="y"), f(c=0, a=9), f(*[1, 2, 3]), f(**{"a": 5}))
def g(*args, sep="-", **kw):
    return sep.join(str(a) for a in args) + str(sorted(kw.items()))
print(g(1, 2, 3), g(sep="+"), g(1, x=1, y=2))
def h(a, *, key=None):
    return (a, key)
print(h(1), h(1, key=2))
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2))
