evens = {x for x in range(10) if x % 2 == 0}
threes = set(range(0, 10, 3))
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
evens |= {100}
evens -= {0}
evens &= set(range(50)) | {100}
print(sorted(evens), 100 in evens)
s = set()
s.update([1, 2], (3,))
print(sorted(s), s.issubset(range(5)) if False else s <= {1, 2, 3, 4}, {1, 2} < {1, 2}, {1, 2} <= {1, 2})
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, {fs: "frozen ok"}[frozenset([2, 1])])
