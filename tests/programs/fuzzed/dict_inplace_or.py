# Found by tests/fuzz.rs: d |= other merges as dict.update does (any mapping or iterable of
# pairs), while d | other takes dicts only.
d = {1: 2}
for other in (5, [(3, 4)], {5: 6}, 'ab', [[7]]):
    try:
        d |= other
        print(d)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        print(d | other)
    except TypeError as e:
        print(type(e).__name__, e)
