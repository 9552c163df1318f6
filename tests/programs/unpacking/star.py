a, *b = [1, 2, 3, 4]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
(h, i), j = (1, 2), 3
print(h, i, j)
for k, (l, m) in enumerate([(1, 2), (3, 4)]):
    print(k, l, m)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*[1, 2], 3})
def f(*a):
    return a
print(f(*[1, 2], 3, *(4,)))
x, y = y, x = 1, 2
print(x, y)
