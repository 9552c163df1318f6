# lru_cache's and cache's cache_parameters().
import functools


@functools.lru_cache(maxsize=2)
def f(x):
    return x * 2


@functools.lru_cache
def g(x):
    return x + 1


@functools.lru_cache(maxsize=None, typed=True)
def h(x):
    return x


@functools.lru_cache(maxsize=-5)
def z(x):
    return x


@functools.cache
def c(x):
    return x * x


print(f.cache_parameters())
print(g.cache_parameters())
print(h.cache_parameters())
print(z.cache_parameters())
print(c.cache_parameters())
print(f(1), f(2), f(1), f(3), f.cache_info())
f.cache_clear()
print(f.cache_parameters(), f.cache_info())
p = c.cache_parameters()
p["maxsize"] = 7
print(c.cache_parameters(), sorted(p.items()))
print(c(3), c(3), c.cache_info(), c.cache_parameters()["typed"])


class A:
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return x


print(A.m.cache_parameters(), A().m(5))
