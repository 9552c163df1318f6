# hash() of numbers, tuples and frozensets is CPython's (64-bit) on the host and the boards.
print(hash(-1), hash(5), hash(-5), hash(2**40), hash(2**70), hash(-2**100), hash(1.5), hash(2.0), hash(-0.0), hash(1e300), hash(float('inf')))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1.5, -1)), hash(True), hash(False), hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print(hash(1 + 2j), hash(-1.5j), hash(complex(3, -1)), hash(2.5 + 0j) == hash(2.5), {1 + 2j, 3j, 2 + 0j})
try:
    hash((1, [2]))
except TypeError as e:
    print(e)


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class Keyed(tuple):
    def __hash__(self):
        return 42


print(hash(MyInt(2**70)), hash(MyTuple((1, 2))) == hash((1, 2)), hash(Keyed((1, 2))), {MyTuple((3, 4)), (1, 2), (0, 0)})
