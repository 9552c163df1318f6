# fromkeys through a dict subclass makes the subclass's object, cls(), and sets each key by
# its __setitem__, as CPython's (once a plain dict).
from collections import defaultdict, OrderedDict


class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()


print(D.fromkeys("ab"), type(D.fromkeys("a")).__name__, D().fromkeys("xy", 0))
print(type(defaultdict.fromkeys("a")).__name__, defaultdict.fromkeys("a").default_factory)
print(type(OrderedDict.fromkeys("ab")).__name__, list(OrderedDict.fromkeys("ab", 1).items()))


class Up(dict):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)

    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Up.fromkeys(["a", "b"], 7)
print(type(u).__name__, dict(u))
print(type(dict.fromkeys("ab")).__name__, dict.fromkeys(range(3)), {}.fromkeys("q", []))


class Odd(dict):
    def __new__(cls):
        return [1]


try:
    Odd.fromkeys("a")
except TypeError as e:
    print("TypeError", e)
