# A top-level function defined again with another signature: calls reach the newest body.
def f(a, b):
    return a + b


print(f(1, 2))
old = f


def f(*, a):
    return a * 10


print(f(a=3), old(4, 5))


def h(x):
    return x


def h(*args):
    return args


print(h(1, 2, 3))


def k():
    return f(a=1)


print(k())


def g():
    return "g1"


def call_g():
    return g()


print(call_g())


def g():
    return "g2"


print(call_g())


def g(x=5, *rest, **kw):
    return ("g3", x, rest, kw)


print(call_g(), g(1, 2, y=3))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)


# Same name, same arity (once "declared out of order"), generators too.
def gen():
    yield 1


def gen():
    yield 2


print(list(gen()))


def outer():
    def inner():
        yield 1

    def inner():
        yield 5

    return list(inner())


print(outer())
