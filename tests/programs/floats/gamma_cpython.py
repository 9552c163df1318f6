# math.gamma and math.lgamma are CPython's own (Lanczos' approximation): the same floats to
# the last bit, the same errors.
import math

x = 0.25
for i in range(120):
    x = (x * 7.41 + 0.577) % 30.0 - 14.9
    print(repr(math.gamma(x)), repr(math.lgamma(x)), repr(math.gamma(abs(x) * 5.0 + 1.0)), repr(math.lgamma(x * 21.0)))
for v in (0.5, -0.5, 1.0, 2.0, 5.0, 23.0, 24.0, 171.5, -200.5, 1e-25, -1e-25, 100.25, 141.5, -150.5):
    print(v, repr(math.gamma(v)), repr(math.lgamma(v)))
for v in (1e300, -1e-30, 3e5, -2.5e5 + 0.5):
    print(v, repr(math.lgamma(v)))
for bad in (0.0, -1.0, -2.0, 200.0, 171.7, float("-inf")):
    try:
        print(math.gamma(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (0.0, -3.0, 1e308 * 10):
    try:
        print(math.lgamma(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
