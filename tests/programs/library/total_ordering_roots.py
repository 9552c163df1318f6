# functools.total_ordering as CPython's: the roots are the comparisons the class has other than
# object's (its own, inherited, a built-in base's), kept; only the missing ones are made.
from functools import total_ordering

ops = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__")


class Plain:
    pass


class E(Exception):
    pass


class L(list):
    pass


for cls in (Plain, E, L, list, int, str, dict, tuple):
    print(cls.__name__, [getattr(cls, op, None) is getattr(object, op, None) for op in ops])
print(object.__lt__ is object.__lt__, Plain.__lt__ is object.__lt__, E.__ge__ is object.__ge__)


@total_ordering
class P(list):
    def __lt__(self, other):
        return self[-1] < other[-1]


print(P([1, 2]) > P([0, 5]), P([1, 2]) < P([0, 5]), P([1, 2]) <= P([0, 5]), P([1, 2]) >= P([0, 5]))


class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return self.v == o.v


@total_ordering
class B(A):
    pass


print(B(1) >= B(2), B(2) >= B(2), B(1) <= B(2), B(3) > B(2), B.__gt__.__name__)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __ge__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v >= o.v

    def __eq__(self, o):
        return isinstance(o, G) and self.v == o.v


print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) <= G(0))
print(G.__lt__(G(1), 5), G.__le__(G(1), 5), G.__gt__(G(1), 5))
print(sorted([G(3), G(1), G(2)])[0].v)


@total_ordering
class Two:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v

    def __le__(self, o):
        return "own le"


print(Two(1) <= Two(2), Two(1) < Two(2), Two(1) >= Two(1), Two.__lt__.__name__)

for cls in (Plain, E):
    try:
        total_ordering(cls)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
