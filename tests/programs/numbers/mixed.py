print(1 + 2.0, 3 * 0.5, True + 1, False * 10, True / 2, 7 // 2.0, 2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0, 1 < 1.5, 2 > 1.999, 10 ** 20 == 1e20, 10 ** 16 + 1 > 1e16, hash(1) == hash(1.0) == hash(True))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(1e20), int(1e20))
print(max(1, 2.5, 2), min([3, 1.5]), sum([1, 2.5, True]), abs(-0.0), divmod(7.5, 2))
