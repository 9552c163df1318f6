# `in`, index and count of a range with a value that is not an int compare it with each item,
# as CPython does: a float equal to an item is found; other values are not (no TypeError).
r = range(0, 10, 2)
print(4.0 in r, 5.0 in r, "4" in r, None in r, True in range(3), 2 + 0j in r)
print(r.index(6.0), r.count(4.0), r.count(5.5), range(3).count(True))
try:
    r.index(4.5)
except ValueError as e:
    print("ValueError:", e)


class Any:
    def __eq__(self, other):
        return other % 3 == 0


print(Any() in range(1, 10), range(10).count(Any()), range(1, 10).index(Any()))
print(range(2**70, 2**70 + 10).count(float(2**70)), float(2**70) in range(2**70, 2**70 + 1))
