points = [(1, 2), (3, 4), (-1, 0)]
xs = [x for x, _ in points]
print(xs, sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2), max(points), min(points, key=lambda p: p[1]))
t = tuple(range(5))
print(t[1:4], t[::-1], t.count(2), t.index(4), t + t[:1], len(t * 3))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
