# min, max and sum take their iterable as it goes: a million values need no memory.
print(max(x for x in range(300000)), sum(range(10**6)), min(range(600000)))
print(max([3, 1, 2]), min("bca"), max(1, 5, 3), min([], default="d"), max([(1, 'b'), (1, 'a')]))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, 3, 3.0], key=lambda x: -x))
print(max([2, 2.0]), max([2.0, 2]), min([1, 1.0]), sum([0.5, 1], 1), sum([[1], [2]], []))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
try:
    max([1, "a"])
except TypeError as e:
    print(e)
try:
    sum(["a"])
except TypeError as e:
    print(e)
print(sum(x * x for x in range(100)), max(iter([5, 9, 2])), min({3: 1, 1: 2}))
