# The rest of math: hyperbolics, erf/gamma, cbrt/exp2/expm1/log1p, frexp, fsum, isqrt, lcm,
# comb/perm, prod, dist, remainder, nextafter/ulp; domain errors.
import math
vals = [0.5, 1.0, 2.0, -0.25]
for f in [math.sinh, math.cosh, math.tanh, math.asinh, math.erf, math.erfc, math.cbrt, math.exp2, math.expm1]:
    print([round(f(x), 9) for x in vals])
print(round(math.acosh(2.0), 9), round(math.atanh(0.5), 9), round(math.log1p(0.5), 9))
print(round(math.gamma(5.5), 6), round(math.lgamma(10.0), 6), math.gamma(5))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.0), math.frexp(0.1))
print(math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([1e100, 1.0, -1e100, 1.0]))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 30), math.lcm(4, 6, 10), math.lcm(), math.lcm(3, 0))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(4, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) == math.sqrt(3))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7, 2))
print(math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0) > 0, math.ulp(0.0) > 0)
for bad in [lambda: math.acosh(0.5), lambda: math.gamma(0), lambda: math.log1p(-1), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
