a = [1, 2]
b = a
b += [3]
print(a, a is b)
c = a + [4]
print(c, a * 2, 2 * [0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print(3 in c, 5 not in c, [] or "empty", bool([0]))
print(list("abc"), list(range(3)), list((1, 2)))
print(max([4, 9, 2]), min([4, 9, 2]), sum([1, 2, 3], 10))
