# Many generators suspended at once, and many started and dropped: each one's frames are kept
# in a buffer of the heap as big as they are deep (given back when the collector finds the
# generator unreachable).
import gc
import sys

# (A board's heap holds a few hundred suspended generators; the host's thousands.)
LIVE = 3000 if sys.platform == "linux" else 400


def numbers(i):
    yield i
    yield i + 1


total = 0
for k in range(20000):
    g = numbers(k)
    total += next(g)
print(total)


def sub(n):
    x = yield n
    yield x * 2


def outer(n):
    r = yield from sub(n)
    yield r


alive = []
for k in range(LIVE):
    o = outer(k)
    next(o)
    alive.append(o)
print(sum(o.send(k) for k, o in enumerate(alive)) == 2 * sum(range(LIVE)))
print(len(alive) == LIVE, sum(1 for o in alive if next(o) is None) == LIVE)
print(sum(1 for o in alive if next(o, "done") == "done") == LIVE)
del alive
gc.collect()

# Suspended in a `yield from` of a generator kept elsewhere, the one delegating dropped.
kept = []
for k in range(200):
    s = sub(k)

    def delegating(s=s):
        yield from s

    d = delegating()
    next(d)
    kept.append(s)
    del d
gc.collect()
print(len(kept))
