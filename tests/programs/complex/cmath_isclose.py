# cmath.isclose: the distance within the relative tolerance of the larger modulus or the
# absolute one; infinities close only to themselves.
import cmath
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex("inf"), complex("inf")), cmath.isclose(complex("inf"), 1e308), cmath.isclose(1, 1.05, rel_tol=0.1))
for kw in ({"rel_tol": -1}, {"abs_tol": -0.5}):
    try:
        cmath.isclose(1, 2, **kw)
    except ValueError as e:
        print("ValueError", e)
