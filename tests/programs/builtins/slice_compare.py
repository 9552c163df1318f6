# Slices compare as the tuples (start, stop, step), as CPython's (once == was identity and
# the orderings TypeError); they stay unhashable in 3.11.
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2), slice(1, 2) == slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2) >= slice(1, 2, None), [slice(0, 1)] == [slice(0, 1)])
print(slice(0, 1) == (0, 1, None), slice(1, 2.0) == slice(1.0, 2), slice(None) == slice(None, None))
print(slice("a", [1]) == slice("a", [1]), slice(1, 2, 3) > slice(1, 2, 2), slice(0, 5) <= slice(0, 4))
for bad in (lambda: slice(1, None) < slice(1, 2), lambda: slice(1, 2) < (1, 2, 3), lambda: hash(slice(1, 2)),
            lambda: {slice(1, 2): 1}):
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(slice(1, 2) in [slice(1, 2)], [slice(1, 2)].index(slice(1, 2)), sorted([slice(3, 4), slice(1, 2), slice(2, 0)]))
print((slice(1, 2), 5) == (slice(1, 2), 5), max(slice(1, 2), slice(1, 3)))
