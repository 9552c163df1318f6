square = lambda x: x * x
print(square(7), (lambda a, b=2: a * b)(3), (lambda *a: len(a))(1, 2, 3))
pts = [(1, 5), (3, 2), (2, 8)]
print(sorted(pts, key=lambda p: p[1]), max(pts, key=lambda p: p[0] + p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5) + "!")
