# heapq and bisect (mpyc's library modules written in Python): heaps of ints, tuples and
# strs, pushpop/replace, nsmallest/nlargest with keys; bisection with lo/hi/key, insort.
import heapq
import bisect
from heapq import heappush, heappop

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heappush(h, x)
print(h[0], len(h))
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 2, 4, 6, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data[0])
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words), heapq.nlargest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
recs = [(1, "x"), (3, "y"), (5, "z")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, "w"), key=lambda r: r[0])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
import errno
print(errno.ENOENT, errno.EAGAIN, errno.errorcode[errno.EIO], errno.errorcode[errno.ETIMEDOUT])
try:
    raise OSError(errno.ENODEV, "no device")
except OSError as e:
    print(e.errno == errno.ENODEV, e)
for args in [(errno.EIO, "io error", "f.txt"), (5,), ()]:
    e = OSError(*args)
    print(e.errno, e.strerror, e.filename, str(e))
print(repr(OSError(5)), repr(OSError(errno.EIO, "io error")))
