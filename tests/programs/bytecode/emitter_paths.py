# Paths of the Python-level bytecode emitter (lower/ops.rs): closures, nested functions, keyword
# calls, comprehensions, generators; every program also runs as bytecode, this one exercises
# the instructions that need care (a result written into a variable its operands read).
def gen(n):
    for i in range(n):
        yield i * 2
    return 7

def squares(xs):
    return [x * x for x in xs if x % 2], {x: x + 1 for x in xs}, {x % 3 for x in xs}

def outer(a):
    b = a + 1
    def inner(c, d=5, *, e=6):
        return a + b + c + d + e
    f = lambda z: z * b
    return inner(1), inner(1, 2, e=3), f(10)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def kw(a, b=2, *args, c=3, **kw):
    return a, b, args, c, sorted(kw.items())

print(list(gen(4)))
print(squares([1, 2, 3, 4, 5]))
print(outer(10))
c = counter()
print(c(), c(), c())
print(kw(1), kw(1, 2, 3, 4, c=5, d=6, e=7))
print("x", "y", sep="-", end="!\n")
def chain(x):
    return 1 < x < 10, x in [1, 2], x not in (3,), x is None
print(chain(5), chain(1))
def unb():
    if False:
        y = 1
    return y
try:
    unb()
except UnboundLocalError as e:
    print("ULE", e)
def cl():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print("NE", e)
    v = 1
    return g()
print(cl())
def deco(f):
    def w(*a):
        return ("w", f(*a))
    return w
def user():
    @deco
    def h(x):
        return x + 1
    return h(1)
print(user())
def fstr(x):
    return f"{x!r:>6}|{x:.2f}|{x}"
print(fstr(3.14159))
def tricky(x):
    x = sum(v for v in x)
    y = [1, 2]
    y = list(v * 2 for v in y)
    z = 3
    z = z + z * 2
    w = "a"
    w = f"{w}{w}"
    return x, y, z, w
print(tricky([1, 2, 3]))
