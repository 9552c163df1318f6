# math.fsum (the exact sum rounded once), math.hypot and math.dist (CPython's vector
# length) give CPython's floats to the last bit, with its errors and special values.
import math

x = 0.3
vals = []
for i in range(300):
    x = (x * 7.41 + 0.577) % 9.0 + 0.003
    vals.append((x - 4.5) * 10.0 ** ((i % 7) - 3))
print(repr(math.fsum(vals)), repr(sum(vals)), repr(math.fsum([0.1] * 10)), repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([2.5, 2 ** 53, 1.0])), math.fsum([1e308, 1e308, -1e308]) if False else 0)
for bad in ([1e308, 1e308], [float("inf"), float("-inf")], [float("nan"), 1.0], [float("inf"), 1.0, float("inf")]):
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for i in range(0, 300, 3):
    a, b, c = vals[i], vals[i + 1], vals[i + 2]
    print(repr(math.hypot(a, b)), repr(math.hypot(a, b, c)), repr(math.dist((a, b), (c, a))), repr(math.dist([a, b, c], (c, b, a))))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1.0), math.dist((0, 0), (3, 4)))
