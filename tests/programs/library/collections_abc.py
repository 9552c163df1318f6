# collections.abc: isinstance/issubclass against the ABCs for built-in types and classes that
# have the methods, and the methods Mapping, MutableMapping and Sequence mix in.
from collections.abc import Iterable, Iterator, Sized, Mapping, MutableMapping, Sequence, Callable, Hashable, Generator, Set, MutableSequence, Container
import collections.abc

print([isinstance(x, Iterable) for x in ([1], (1,), "s", {1: 2}, {1}, 5, None, range(3), iter([]), (i for i in []))])
print([isinstance(x, Iterator) for x in ([1], iter([1]), (i for i in []), 5)])
print([isinstance(x, Sized) for x in ([1], 5, "a", {})], isinstance(len, Callable), isinstance(5, Callable))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance((), Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance("x", Hashable), isinstance([], Hashable), isinstance((i for i in ()), Generator), isinstance(frozenset(), Set), isinstance([], Container))
print(issubclass(list, Iterable), issubclass(int, Iterable), issubclass(dict, collections.abc.Mapping))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s["a"] = 1
s.update(b=2, c=3)
print(len(s), s.get("a"), s.get("z", 0), "b" in s, sorted(s.keys()), sorted(s.items()), sorted(s.values()))
print(s.pop("a"), s.setdefault("d", 4), len(s), s == {"b": 2, "c": 3, "d": 4}, isinstance(s, Mapping))
try:
    Store.__abstractmethods__ and None
    class Half(Mapping):
        pass
    Half()
except TypeError as e:
    print("TypeError", e)


class Seq(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


q = Seq(4)
print(list(q), 9 in q, q.index(4), q.count(1), list(reversed(q)))


class Node:
    def __iter__(self):
        return iter([1, 2])


print(isinstance(Node(), Iterable), isinstance(Node(), Iterator), isinstance(Node(), Sized))


class Fn:
    def __call__(self):
        return 1


print(isinstance(Fn(), Callable), isinstance(Fn, Callable), isinstance(Fn().__call__, Callable), isinstance(print, Callable))
hints = (Sequence[int], MutableMapping[str, int], Callable[[int], str])
print(len(hints))


class Table(Mapping[str, int]):
    def __getitem__(self, k):
        return len(k)

    def __iter__(self):
        return iter(["a", "bb"])

    def __len__(self):
        return 2


print(dict(Table().items()), Table().get("ccc"))
