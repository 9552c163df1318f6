a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3, 4]
l[0], l[-1] = l[-1], l[0]
print(l)
first, *middle, last = range(10)
print(first, middle, last)
(a, b), (c, d) = [(1, 2), (3, 4)]
print(a + b + c + d)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x * y * z)
