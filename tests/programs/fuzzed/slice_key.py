# Found by tests/fuzz.rs: a slice is not a dict key (unhashable in CPython 3.11), so indexing
# a dict with one is a TypeError, not a KeyError.
d = {'a': 1}
for act in (lambda: d[-1:0], lambda: d.get(slice(1)), lambda: {slice(1): 2}, lambda: hash(slice(1, 2))):
    try:
        act()
    except TypeError as e:
        print("TypeError", e)
print(d['a'], [1, 2, 3][-1:0], 'abc'[slice(1, None)])
