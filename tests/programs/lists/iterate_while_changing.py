# for over lists and tuples (stepped inline) sees changes made while it runs, as CPython's.
xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x == 1:
        xs.append(4)
    if len(xs) < 6 and x % 2 == 0:
        xs.append(x * 10)
print(seen, xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print(ys)
for t in (1, "two", (3,)):
    print(t, end=" ")
print()
it = iter([7, 8])
for a in it:
    for b in it:
        print(a, b)
class Bad:
    def __iter__(self):
        return 5
try:
    for z in Bad():
        pass
except TypeError as e:
    print(e)
total = 0
rows = [[1, 2], [3, 4], [5]]
for row in rows:
    for v in row:
        total += v
print(total, [v for row in rows for v in row])
