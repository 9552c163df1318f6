# list(), tuple() and reversed() of ranges: the values without an iterator, big ints at the ends.
print(list(range(5)), list(range(10, 0, -3)), tuple(range(-2, 3)), list(range(0, 10, 2**30)), list(range(3, 3)), list(range(2**30 - 2, 2**30 + 1)))
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), tuple(reversed(range(-2, 3))), list(reversed(range(0, 10, 2**30))), list(reversed(range(3, 3))), list(reversed(range(2**30 - 2, 2**30 + 1))))
for i in reversed(range(3)): print(i)
r = reversed(range(1, 4)); print(next(r), list(r))
print(type(reversed(range(3))).__name__ == type(iter(range(3))).__name__)
print(list(reversed(range(0, -10, -2**30))), list(reversed(range(5, -2**31, -2**30))), list(range(-2**31, 0, 2**30)))
