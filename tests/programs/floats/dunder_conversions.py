# Objects of classes as numbers: __float__, __complex__ and __index__ where a float, a
# complex number or an int is asked for; the errors when they give the wrong type.
import cmath
import math


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class Z:
    def __complex__(self):
        return 1j + 10


class Bad:
    def __float__(self):
        return 'no'

    def __complex__(self):
        return 'no'

    def __index__(self):
        return 1.5


print(float(F()), float(I()), complex(F()), complex(Z()), complex(I()))
print(math.sqrt(F()), math.floor(F()), math.pow(F(), I()), round(math.exp(I()), 3))
print(cmath.sqrt(Z()), cmath.phase(F()))
print([10, 20, 30, 40][I()], 'abcdef'[I():], list(range(I())), bin(I()), hex(I()), 'ab' * I())
for f in (lambda: float(Bad()), lambda: complex(Bad()), lambda: [1][Bad()], lambda: math.sqrt(object())):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# NaN in, NaN out; math.isclose's special values and checks.
print(math.sqrt(float('nan')), math.sin(float('nan')), math.log(float('nan')))
print(math.isclose(float('nan'), float('nan')), math.isclose(float('inf'), float('inf')),
      math.isclose(float('inf'), 1e308), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
for kw in ({'rel_tol': -1}, {'abs_tol': -1}):
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(e)
# hash() of numbers as CPython's.
print(hash(-12), hash(-1), hash(5), hash(-12.0), hash(3.0), hash(True), hash(-2 ** 20), hash(2 ** 100) == hash(2 ** 100))
