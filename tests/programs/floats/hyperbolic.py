# sinh, cosh, tanh, asinh, acosh and cbrt give CPython's floats to the last bit (glibc's
# formulas, as CPython calls them), with their special values and errors.
import math

x = 0.4
for i in range(150):
    x = (x * 7.41 + 0.577) % 9.0 + 0.003
    y = (x - 4.5) * 10.0 ** ((i % 5) - 3)
    print(repr(math.sinh(y)), repr(math.cosh(y * 3.0)), repr(math.tanh(y)), repr(math.asinh(y * 77.0)),
          repr(math.acosh(1.0 + abs(y) * 3.0)), repr(math.cbrt(y * 1e5)))
for v in (0.0, -0.0, 1e-300, 0.3, 1.0, 22.5, 710.0, -710.0, 1e9, float("inf"), float("-inf")):
    r = []
    for f in (math.sinh, math.cosh, math.tanh, math.asinh, math.cbrt):
        try:
            r.append(repr(f(v)))
        except OverflowError:
            r.append("OverflowError")
    print(v, *r)
for v in (1.0, 2.0, 1e300):
    print(math.acosh(v))
for bad in (0.5, -1.0):
    try:
        math.acosh(bad)
    except ValueError as e:
        print("ValueError", e)
print(math.cbrt(27.0), math.cbrt(-8.0), math.cbrt(1e-310))
