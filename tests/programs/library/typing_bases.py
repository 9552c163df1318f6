# typing.NamedTuple as a base class (annotated fields, defaults, methods, docstring) and other
# typing names as bases (PEP 560's __mro_entries__): Dict[str, int] is dict, Iterator[int] is
# dropped, Generic[T] stays Generic.
from typing import NamedTuple, List


class P(NamedTuple):
    x: int
    y: float = 0.5


class Edge(NamedTuple):
    """An edge of a graph."""
    src: int
    dst: int
    weight: float = 1.0

    def reversed(self):
        return Edge(self.dst, self.src, self.weight)

    def __str__(self):
        return "%d->%d" % (self.src, self.dst)


print(P(1), P(1, 2.0).y, P(3, 4)[0], P._fields, P(x=7))
e = Edge(1, 2)
print(e, repr(e), e.reversed(), e.weight, e._replace(weight=3.0), e._asdict(), Edge.__doc__)
print(isinstance(e, tuple), len(e), list(e), e == (1, 2, 1.0), hash(e) == hash((1, 2, 1.0)))
a, b, w = e
print(a, b, w, sorted([Edge(3, 1), Edge(1, 5)]))
Q = NamedTuple("Q", [("a", int), ("b", str)])
print(Q(1, "x"), Q(a=2, b="y").b)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError", ex)
from typing import Dict, Iterator, Generic, TypeVar

T = TypeVar("T")


class Registry(Dict[str, int]):
    def total(self):
        return sum(self.values())


r = Registry(a=1, b=2)
print(r.total(), isinstance(r, dict), Registry.__orig_bases__ == (Dict[str, int],))


class Count(Iterator[int]):
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(Count()))


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


print(Box(5).v, Box[int](6).v)
