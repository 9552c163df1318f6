s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s)
s.discard(2)
s.remove(3)
print(sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a == {3, 2, 1}, set(), frozenset([1]))
print(sorted(a.union([9])), sorted(a.intersection(b)), a.isdisjoint({7}))
print(sorted(set("hello")), len({x % 3 for x in range(10)}))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
