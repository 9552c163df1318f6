# functools as CPython's: reduce, partial, wraps, lru_cache and cache, cmp_to_key, total_ordering.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p('1010'), p.func is int, p.args, p.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1)
add3b = partial(add3, 2)
print(add3(2, 3), add3b(10), add3b.args)


def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        print('calling', f.__name__)
        return f(*a, **k)
    return wrapper


@deco
def greet(name):
    return 'hi ' + name


print(greet('bob'), greet.__name__, greet.__wrapped__('x'))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def sq(x):
    return x * x


print(sq(3), sq(3), sq(4), sq.cache_info().hits, sq.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    print('compute', x)
    return x


for x in (1, 2, 1, 3, 2, 1):
    ident(x)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20))


class Calc:
    @lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x


c = Calc()
print(c.double(21), c.double(21))
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a <= V(1), a >= V(1), max([V(3), V(7), V(5)]).v)


@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(W(1) < W(2), W(1) <= W(2), W(1) > W(2), W(2) >= W(2), W(3) <= W(3))
