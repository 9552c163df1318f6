# The float path reads an expression's names before its operators run; a name that may fail
# to load (an unbound local, a global not defined yet) must not be read before the operators
# to its left, whose errors and side effects come first in CPython (found by the fuzzer:
# `x * 1.5 + y` with x a list and y unbound is a TypeError).
def f(x):
    if 0:
        y = 1
    return x * 1.5 + y


def g(x):
    if 0:
        y = 1
    return x / 2.0 < y


class Loud:
    def __mul__(self, o):
        print("mul called")
        return 1.0


for fn, arg in [(f, []), (f, Loud()), (g, "s"), (f, 2.0)]:
    try:
        print(fn(arg))
    except Exception as e:
        print(type(e).__name__, e)

try:
    z = [] * 1.5 + not_yet
except Exception as e:
    print(type(e).__name__, e)
not_yet = 0.25
print(2.0 * 1.5 + not_yet)


def h(a, b):
    c = a * 0.5
    return c * 1.5 + b - a / 4.0


print(h(3.0, 1.0), h(2, 5))
