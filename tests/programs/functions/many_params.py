# Functions of many parameters (more than fit in registers and the small frame).
def f(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17=17, a18=18):
    return [a1, a16, a17, a18]

print(f(*range(16)))
print(f(*range(18)))
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, a18=-1))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*range(19))
except TypeError as e:
    print("TypeError:", e)

names = ["p%d" % i for i in range(40)]
src_params = ", ".join(names)

def outer(k):
    # A closure: the function object comes first, then the parameters.
    def g(b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, *rest, **kw):
        return k + b0 + b15 + sum(rest) + sum(kw.values())
    return g

g = outer(1000)
print(g(*range(16)))
print(g(*range(20), x=5, y=6))

def kwonly(a, *, k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16):
    return (a, k0, k8, k16)

print(kwonly(7))
print(kwonly(7, k16=-16, k0=-1))
try:
    kwonly(7, k17=1)
except TypeError as e:
    print("TypeError:", e)

def gen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    for x in (a0, a9, a17):
        yield x * 2

print(list(gen(*range(18))))

class Point:
    def __init__(self, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16):
        self.total = x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10 + x11 + x12 + x13 + x14 + x15 + x16

    def method(self, y0, y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, y11, y12, y13, y14, y15, y16):
        return self.total - y16

p = Point(*range(17))
print(p.total, p.method(*range(17)))
m = p.method
print(m(*[1] * 17))

lam = lambda c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19: c19 - c0
print(lam(*range(20)))

def deep(n, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16):
    if n == 0:
        return a16
    return deep(n - 1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a1)

print(deep(5, *range(16)))
print(f.__name__, g.__qualname__)
