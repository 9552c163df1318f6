# The cmath module on finite arguments, printed to 12 significant digits.
import cmath
from cmath import phase, polar, rect


def show(z):
    z = complex(z)
    return "(%.12g, %.12g)" % (z.real, z.imag)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan)
for z in [1 + 2j, -3 + 0.5j, 0.25 - 0.75j, 2, -1.5, 2j, 0.5, -0.0 - 3j]:
    print(z)
    for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh"]:
        print(" ", name, show(getattr(cmath, name)(z)))
    for name in ["asin", "acos", "atan", "asinh", "acosh", "atanh"]:
        print(" ", name, show(getattr(cmath, name)(z)))
    print("  phase %.12g" % phase(z), "polar (%.12g, %.12g)" % polar(z))
print(cmath.sqrt(-1), cmath.sqrt(0j), cmath.sqrt(-0.0), cmath.sqrt(4), cmath.exp(0), cmath.log(1))
print(rect(1, 0), rect(2, 0.0), show(rect(1, cmath.pi / 2)), show(rect(2.5, -1)))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)), phase(-1), phase(-1 - 0j), phase(0j))
print(cmath.isfinite(1j), cmath.isfinite(complex(1, float("inf"))), cmath.isinf(complex(float("inf"), 0)))
print(cmath.isnan(complex(0, float("nan"))), cmath.isnan(1 + 1j), cmath.isinf(3))
for f, x in [(cmath.log, 0), (cmath.log10, 0j), (cmath.atanh, 1), (cmath.sqrt, "4"), (cmath.exp, 1000)]:
    try:
        print(f(x))
    except Exception as e:
        print(type(e).__name__, e)
