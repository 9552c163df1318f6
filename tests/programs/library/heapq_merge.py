# heapq.merge is lazy (a k-way merge with a heap, as CPython's): infinite inputs, CPython's
# exact order for unsorted inputs, key= and reverse=; nsmallest/nlargest with n <= 0.
import heapq, itertools

print(list(heapq.merge([3, 1], [2])))
print(list(heapq.merge([5, 1, 9], [2, 8, 0], [7, 3], [4])))
print(list(heapq.merge([1, 9, 2], [3, 0, 8], [7, 3], reverse=True)))
m = heapq.merge(itertools.count(0, 2), itertools.count(1, 2))
print([next(m) for _ in range(7)])
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1, 2], [])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 6, 0], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len)))
print(list(heapq.merge(["ccc", "a"], ["dd", "b"], key=len, reverse=True)))
# stable: equal items come from the earlier input first
a = [(1, "a"), (2, "a")]
b = [(1, "b"), (2, "b")]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(a, b, key=lambda t: t[0], reverse=True)))
print(list(heapq.merge("ace", "bdf", "")))
print(list(heapq.merge(iter([1, 4]), (x * x for x in range(3)))))


def noisy(name, items):
    for x in items:
        print("  pull", name, x)
        yield x


m = heapq.merge(noisy("a", [1, 5]), noisy("b", [2, 3]))
print("made")
print(next(m))
print(next(m))
print(list(m))


class Cmp:
    # Counts comparisons: the heap compares as CPython's does.
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.n += 1
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "C%d" % self.v


ins = [[Cmp(v) for v in r] for r in ([4, 2, 9], [1, 1, 7], [3], [8, 0, 5, 6], [2])]
print(list(heapq.merge(*ins)))
print(list(heapq.merge(*ins, reverse=True)))
print(list(heapq.merge(*ins, key=lambda c: -c.v)))
print(Cmp.n)
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError", e)
print(type(heapq.merge([1])).__name__)

data = [5, 1, 4, 1, 5, 9, 2, 6]
for n in (-2, -1, 0, 1, 3, 8, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
for n in (0, 2, 4, 10):
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
print(heapq.nsmallest(2, iter([3, 1, 2])), heapq.nlargest(2, (x for x in [3, 1, 2])))
print(heapq.nsmallest(1, []), heapq.nlargest(3, []))
