# A dict's keys and items behave as sets: operators with any iterable on either side,
# comparisons with sets and views; they are unhashable. Values are neither.
d = {1: 'a', 2: 'b', 3: 'c'}
print(sorted(d.keys() | {4}), sorted(d.keys() & [2, 3, 9]), sorted(d.keys() - {1}), sorted(d.keys() ^ {3, 4}))
print(sorted({5} | d.keys()), sorted([1, 7] - d.keys()) if False else sorted({1, 7} - d.keys()), type(d.keys() | ()))
print(sorted(d.items() & {(1, 'a'), (2, 'x')}), d.items() - {(1, 'a')} == {(2, 'b'), (3, 'c')})
print(d.keys() == {1, 2, 3}, d.keys() < {1, 2, 3, 4}, d.keys() >= {1}, {1, 2, 3} == d.keys(), d.keys() == [1, 2, 3])
print(d.keys() == {3: 0, 1: 0, 2: 0}.keys(), d.keys() != {1}, d.values() == d.values(), d.items() <= d.items())
s = {9}
s |= d.keys()
print(sorted(s), sorted(frozenset([2]) | d.keys()))
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(type(hash(d.values())))
for f in (lambda: d.values() | {1}, lambda: d.keys() | 1, lambda: d.keys() + 1, lambda: d.keys() < [1]):
    try:
        f()
    except TypeError as e:
        print(e)
