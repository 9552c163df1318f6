# sys.version_info (a tuple with named fields) and sys.version, the recursion-limit calls, and
# time's CPython clocks (monotonic, perf_counter and their _ns forms, time_ns): they exist and
# do not go backwards.
import sys
import time

print(sys.version_info >= (3, 8), sys.version_info[0], sys.version_info.major, sys.version_info.minor >= 8)
print(sys.version_info[:2] >= (3, 11), len(sys.version_info), sys.version_info.releaselevel, type(sys.version))
major, minor, *rest = sys.version_info
print(major, minor >= 8, len(rest))
print(sys.getrecursionlimit() >= 1000, sys.setrecursionlimit(2000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
a, b = time.monotonic(), time.perf_counter()
n1, n2, n3 = time.monotonic_ns(), time.perf_counter_ns(), time.time_ns()
print(type(a).__name__, type(n1).__name__, time.monotonic() >= a, time.perf_counter_ns() >= n2)
print(all(isinstance(x, int) and x >= 0 for x in (n1, n2, n3)))
