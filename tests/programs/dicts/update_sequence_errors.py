# dict() and dict.update() of items that are not pairs: CPython's errors.
for bad in ([1], [(1, 2, 3)], ["ab", "c"], [[1]]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {}
try:
    d.update([3])
except TypeError as e:
    print(e)
