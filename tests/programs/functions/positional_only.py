# Positional-only parameters (before /): a keyword of that name goes to **kwargs, else
# CPython's TypeError; defaults, methods, __init__, lambdas.
def f(a, b, /, c):
    return a, b, c
try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print("TypeError", e)
try:
    print(f(1, b=2, c=3))
except TypeError as e:
    print("TypeError", e)
print(f(1, 2, c=3), f(1, 2, 3))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2), g(a=5) if False else g(0))
try:
    g(a=5)
except TypeError as e:
    print("TypeError", e)
def h(x, y=10, /, *, z):
    return x, y, z
print(h(1, z=2), h(1, 2, z=3))
try:
    h(1, y=2, z=3)
except TypeError as e:
    print("TypeError", e)
class C:
    def m(self, v, /):
        return v * 2
    def __init__(self, a, /, **opts):
        self.a, self.opts = a, opts
c = C(1, a=3)
print(c.a, c.opts, c.m(4))
try:
    c.m(v=1)
except TypeError as e:
    print("TypeError", e)
lam = lambda p, /, q: (p, q)
print(lam(1, q=2))
try:
    lam(p=1, q=2)
except TypeError as e:
    print("TypeError", e)
def k(a, /, b):
    pass
try:
    k()
except TypeError as e:
    print("TypeError", e)
