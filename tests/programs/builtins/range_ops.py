r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], 4 in r, 5 in r, list(reversed(r)), r.count(7), r.index(4))
print(list(range(5)[1:4]), list(range(0)), list(range(3, 3)), range(1, 10, 2)[::2], len(range(0, 100, 7)))
print(sum(range(1, 101)), max(range(7)), list(range(-3, 3)))
