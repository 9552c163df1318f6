# Sets iterate in CPython's table order (for ints, floats, tuples: their hashes are not salted).
print({3, 2}, {10, 1, 9}, {-1, -2, 5}, {(1, 2), (0, 1)}, {1.5, 0.5})
print({100, 200, 300, 400, 500})          # constants: folded to a frozenset first
x = 100
print({x, 200, 300, 400, 500})            # not constants: added one by one
s = set()
for v in (100, 200, 300, 400, 500):
    s.add(v)
print(s, set([500, 400, 300, 200, 100]), set(range(40, 0, -3)))
print({v * 7 % 13 for v in range(10)}, set(v * v for v in range(-5, 6)))
print(set({9: 'a', 1: 'b', 17: 'c', 33: 'd'}), frozenset([64, 32, 0, 16]))
print({2**40, 2**70, -2**65, 7}, {0.1, 2.5, -3.0, 1e100}, {True, 2, 1.0, 0})

# Growth, deletion (dummies), and the slots dummies leave for later adds.
s = set(range(20))
s.discard(3)
s.add(100)
print(s)
t = set(range(0, 64, 8))
for v in (8, 16, 24):
    t.remove(v)
t.update([72, 8, 1000, 5])
print(t, len(t))

# pop() goes round the table from where the last pop stopped.
work = {5, 13, 21, 2}
seen = []
while work:
    n = work.pop()
    seen.append(n)
    if n < 30:
        work.add(n + 8)
        work.add(n * 3)
    if len(seen) > 12:
        break
print(seen, sorted(work))

# The algebra builds its results the way CPython does.
a = {1, 9, 17, 25, 33, 4}
b = {33, 25, 2, 10, 4}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([40, 8], (16,)), a.intersection(b, {4, 33, 99}), a.difference(b, [1]))
print(a.symmetric_difference([17, 50, 66]), frozenset(a) | b, type(frozenset(a) & b).__name__)
c = set(a)
c |= {64, 128}
print(c)
c &= {128, 9, 17, 0}
print(c)
c -= {9}
print(c)
c ^= {0, 1, 2, 3}
print(c)
d = set(range(100))
d.difference_update(range(0, 100, 2))
print(d)
d.intersection_update(range(0, 100, 3))
print(d)
d.symmetric_difference_update({300, 3, 9, 256})
print(d)
big = set(range(1000))
small = {5, 999, 3}
print(small - big, small & big, big.isdisjoint(small), small <= big)

# Copies, clear, and sets inside other objects.
e = {8, 16, 24, 32, 40, 48}
f = e.copy()
e.clear()
e.update([48, 40, 32])
print(e, f, [f, frozenset(f)], {'k': f})
print(list({7, 3, 11}), tuple({-8, 8}), sorted({7, 3, 11}), min({7, 3, 11}), sum({7, 3, 11}))
