# OrderedDict.popitem(last=False) pops in insertion order, with move_to_end, insertions and
# deletions between pops, and draining a big OrderedDict from the front.
import collections

od = collections.OrderedDict.fromkeys("abcdefgh", 0)
print(od.popitem(last=False), od.popitem(False), od.popitem())
od.move_to_end("c")
od["z"] = 1
del od["e"]
print(od.popitem(last=False), list(od))
od.move_to_end("g", last=False)
print(od.popitem(last=False), list(od))
od["d"] = 5
print(od, od == collections.OrderedDict([("f", 0), ("c", 0), ("z", 1), ("d", 5)]))
print(od.popitem(last=False))
out = []
while od:
    out.append(od.popitem(last=False))
print(out, od, len(od))
try:
    od.popitem(last=False)
except KeyError as e:
    print("KeyError", e)

# An LRU cache: pop the oldest when full.
cache = collections.OrderedDict()
evicted = []
for i in range(300):
    k = i % 37 if i % 3 else i
    if k in cache:
        cache.move_to_end(k)
    cache[k] = i
    if len(cache) > 20:
        evicted.append(cache.popitem(last=False)[0])
print(len(evicted), evicted[:10], evicted[-5:], list(cache)[:8])

# Many pops from the front with insertions at the end, in order.
q = collections.OrderedDict((i, -i) for i in range(500))
got = []
for i in range(500, 1500):
    q[i] = -i
    got.append(q.popitem(last=False)[0])
print(got == list(range(1000)), list(q)[:3], len(q))
q.move_to_end(1499, last=False)
print(q.popitem(last=False), q.popitem(last=False), q == collections.OrderedDict((i, -i) for i in range(1001, 1499)))

q = got = cache = None
N = 600
big = collections.OrderedDict((i, i) for i in range(N))
total = 0
while big:
    total += big.popitem(last=False)[0]
print(total == N * (N - 1) // 2, len(big))
