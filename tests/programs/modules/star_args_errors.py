# `*` and `**` in calls as CPython checks them: what cannot be iterated or is not a mapping,
# keys that are not strings, a keyword given twice, named by the function's module and
# qualified name; and `__module__` of functions.
import geometry


def f(*a, **k):
    return a, k


def g(a, b=2, **rest):
    return a, b, rest


class Shop:
    def buy(self, *items, **prices):
        return items, prices

    @classmethod
    def make(cls, **kw):
        return cls, sorted(kw)

    class Inner:
        def deep(self, *a):
            return a


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k * 2


class Old:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


def gen():
    yield 1
    yield 2


def nested():
    def inner(**kw):
        return kw

    return inner


def attempt(label, call):
    try:
        print(label, call())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("dup named then **", lambda: f(a=1, **{"a": 2}))
attempt("dup ** twice", lambda: f(**{"a": 1}, **{"b": 2, "a": 3}))
attempt("dup ** then named", lambda: f(**{"a": 1}, a=2))
attempt("order kept", lambda: f(**{"b": 1}, a=2, **{"c": 3}))
attempt("dup positional+kw", lambda: g(1, **{"a": 2}))
attempt("not iterable", lambda: f(*1))
attempt("not iterable later", lambda: f(1, *[2], *None))
attempt("not a mapping", lambda: f(**1))
attempt("list not a mapping", lambda: f(**[("a", 1)]))
attempt("keys not str", lambda: f(**{1: 2}))
attempt("mapping object", lambda: f(**Mapping()))
attempt("mapping dup", lambda: f(x=0, **Mapping()))
attempt("old protocol", lambda: f(*Old()))
attempt("generator", lambda: f(*gen(), *"ab"))
attempt("method", lambda: Shop().buy(*5))
attempt("method dup", lambda: Shop().buy(x=1, **{"x": 2}))
attempt("classmethod", lambda: Shop.make(**{"k": 1}, k=2))
attempt("nested class", lambda: Shop.Inner().deep(*3.5))
attempt("closure", lambda: nested()(a=1, **{"a": 1}))
attempt("lambda", lambda: (lambda **k: k)(**{"z": 1}, z=2))
attempt("class call", lambda: Shop(*7))
attempt("builtin", lambda: print(*1))
attempt("builtin dup", lambda: dict(**{"a": 1}, a=2))
attempt("builtin mapping", lambda: max(**4))
attempt("other module", lambda: geometry.describe(*8))
attempt("list display", lambda: [*1])
attempt("tuple display", lambda: (0, *2.5))
attempt("dict display", lambda: {**1})

print(f.__module__, Shop.buy.__module__, Shop().buy.__module__, nested().__module__)
print(geometry.describe.__module__, geometry.Rect.__module__, (lambda: 0).__module__)
print(nested().__qualname__, Shop.Inner.deep.__qualname__)
