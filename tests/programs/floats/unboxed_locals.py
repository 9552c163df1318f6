# Float locals kept unboxed between statements: every way a local is used must still see
# the float object Python would have (identity, containers, calls, exceptions, generators).


def loop(n):
    zr = 0.0
    zi = 0.0
    k = 0
    while k < n and zr * zr + zi * zi < 4.0:
        t = zr * zr - zi * zi + 0.3
        zi = 2.0 * zr * zi + 0.5
        zr = t
        k += 1
    return k, zr, zi


print(loop(10), loop(100))


def identity():
    x = 1.5
    y = x
    print(y is x, y == x)
    a = 2.0 * x
    b = a
    lst = [a, b]
    print(lst[0] is lst[1], lst)
    c = a * 3.0
    d = c
    print(id(c) == id(d))
    e = c + 1.0
    seen = []
    for i in range(3):
        seen.append(e)
    print(seen[0] is seen[2])


identity()


def changes_type():
    x = 1.0
    x = x * 2.0
    print(x)
    x = "now a string"
    print(x)
    x = []
    y = x
    x += [1]
    print(x, y, x is y)
    x = 3
    x = x * 2
    print(x, type(x).__name__)
    x = 0.5
    x += 1
    print(x, type(x).__name__)
    x = -1.5
    print(x, abs(x))


changes_type()


def unbound(flag):
    if flag:
        x = 1.0 * flag
    return x


print(unbound(2))
try:
    unbound(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def deleted():
    x = 1.0
    x = x + 1.0
    del x
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__)


deleted()


def divide(a, b):
    r = 1.0
    r = r * a / b
    return r


print(divide(3.0, 2.0))
try:
    divide(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def gen(n):
    acc = 0.0
    for i in range(n):
        acc = acc + 0.5 * i
        yield acc
    yield acc * 2.0


print(list(gen(5)))


def caught():
    total = 0.0
    for v in [1.0, 2.0, "x", 4.0]:
        try:
            total = total + v * 1.5
        except TypeError:
            total = total - 100.0
    return total


print(caught())


def swap(n):
    a = 0.0
    b = 1.0
    for i in range(n):
        tmp = a + b * 1.0
        a = b
        b = tmp
    return a, b


print(swap(20))


class P:
    def __init__(self, x):
        self.x = x


def attrs(n):
    p = P(0.0)
    s = 0.0
    for i in range(n):
        s = s + p.x * 2.0 + 1.0
        p.x = s
    print(s, p.x, p.x is s)
    return p


attrs(4)


def passes(f):
    x = 0.25
    x = x * 4.0
    return f(x), f(x), x


print(passes(lambda v: v * 2.0))
print(passes(str))
