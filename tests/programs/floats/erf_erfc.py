# math.erf and math.erfc give CPython's floats to the last bit: glibc's (the same rational
# approximations, evaluated in the same order), over each of their ranges and both signs.
import math

x = -6.5
while x < 6.6:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
    x += 0.0517
x = 0.8
while x < 1.3:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)), repr(math.erfc(-x)))
    x += 0.0131
x = 2.5
while x < 28.5:
    print(repr(x), repr(math.erfc(x)))
    x += 0.173
for v in (0.0, -0.0, 0.84, 0.84375, -0.84375, 1.25, -1.25, 0.25, -0.25, 2.857142857142857, 6.0, -6.0,
          27.99, 28.0, 26.55, 1e-30, -1e-30, 1e-310, 5e-324, 2.0 ** -28, 2.0 ** -56, 1e300, -1e300):
    print(repr(v), repr(math.erf(v)), repr(math.erfc(v)))
for v in (float("inf"), float("-inf"), float("nan")):
    print(v, math.erf(v), math.erfc(v))
for bad in ("1", None):
    try:
        math.erfc(bad)
    except TypeError as e:
        print("TypeError:", e)
print(math.erf(True), math.erfc(3), math.erf(2))
