# cmath's constants: the floats it shares with math, and the imaginary infinity and NaN.
import cmath
import math

print(cmath.pi == math.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan)
print(cmath.infj, cmath.nanj, type(cmath.infj).__name__, cmath.infj.imag, cmath.infj.real)
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(cmath.infj), 1 + cmath.infj)
