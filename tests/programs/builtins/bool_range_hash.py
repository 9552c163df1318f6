# bool() argument checks, and hashes of equal ranges.
print(bool(), bool(0), bool([1]))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError", e)
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
print(hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(len({range(3), range(0, 3), range(0), range(4, 4), range(1, 2, 5), range(1, 3, 7), range(2)}))
print(range(3) in {range(0, 3, 1)}, {range(0): "empty"}[range(9, 9)])
