# time.monotonic() and its kin on the simulated pyboard, past the 71.6 minutes after which a
# 32-bit count of microseconds wraps (expected output written by hand: CPython has no
# pyboard): they never go backwards. (Before they were built on such a count: 105 s.)
import time

t0, n0, p0 = time.monotonic(), time.monotonic_ns(), time.perf_counter()
time.sleep(4400)
t1, n1, p1 = time.monotonic(), time.monotonic_ns(), time.perf_counter()
print(round(t1 - t0), (n1 - n0) // 10**9, round(p1 - p0))
print(t1 > t0, n1 > n0, p1 > p0)
