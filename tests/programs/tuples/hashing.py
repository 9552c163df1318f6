cache = {}
def area(w, h):
    key = (w, h)
    if key not in cache:
        cache[key] = w * h
    return cache[key]
print(area(2, 3), area(2, 3), area(3, 2), len(cache))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[1, 2], sorted(grid)[-1])
print(hash((1, "a")) == hash((1, "a")), {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
