# cmath's and complex powers' results to the last bit of CPython's: the real functions under
# them correctly rounded as glibc's (cmath.exp(1) == math.exp(1), as in CPython).
import cmath, math
vals = [2, 1+1j, 0.5-2j, -3+0.25j, 2.5j, 10-1j, 1e-5+1e-5j]
for f in ("exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "log10"):
    print(f, [getattr(cmath, f)(v) for v in vals])
print([cmath.phase(v) for v in vals], [cmath.polar(v) for v in vals[:3]], cmath.rect(2, 1))
print([v ** 2.5 for v in vals[:5]], [v ** (1+1j) for v in vals[:5]], (1+2j) ** 3)
print(cmath.exp(1) == math.exp(1), cmath.exp(1), cmath.cosh(1), cmath.exp(1+1j))
