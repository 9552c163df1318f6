# fractions.Fraction against CPython: construction, arithmetic, comparisons, hashing, rounding.
from fractions import Fraction
import math
import numbers

F = Fraction
print(F(3, 4), repr(F(6, -8)), F(5), F(), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(True))
for s in ["3/4", " -1.25 ", "1e3", "1.5E-2", "+7", ".5", "3.", "1_000/3", "-0", "2e+2"]:
    print(repr(s), repr(F(s)))
for bad in ["", "1/", "/2", "1.2/3", "abc", "1__0", "1e", ".", "1 /2"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    F([1])
except TypeError as e:
    print("TypeError:", e)
print(F(0.5), F(0.75), F.from_float(0.25), F(-2.0), F.from_float(3))
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(b, a), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b), 2 ** F(2))
print(a + 0.5, 0.5 + a, a * 1.5, b / 0.25, b // 0.5, b % 0.5, F(1, 4) ** 0.5, 4 ** F(1, 2))
print(a + 1j, F(1, 2) ** F(1, 2))
print(a < b, a > b, a <= F(2, 6), a >= 1, a == F(2, 6), a != b, F(2, 1) == 2, 2 == F(4, 2))
print(F(1, 2) == 0.5, 0.5 == F(1, 2), F(1, 3) == 1 / 3, F(1, 2) < 0.6, 0.6 > F(1, 2), F(5) > float("inf"), F(5) < float("inf"), F(5) == float("nan"))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 5)), hash(F(1, 2**61 - 1)))
print(int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(12345, 1000), 2), round(F(12345, 1), -2), float(F(1, 3)), float(F(10**30, 3)), complex(F(1, 2)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(10))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
print(F(6, 4).numerator, F(6, 4).denominator, F(6, 4).as_integer_ratio(), bool(F(0)), bool(F(1, 9)), abs(F(-3, 4)), -F(3, 4), +F(3, 4))
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(2, 7)), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Real), isinstance(F(1, 2), numbers.Integral))
print(isinstance(3, numbers.Integral), isinstance(3, numbers.Number), isinstance(2.5, numbers.Real), isinstance(2.5, numbers.Rational))
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance("x", numbers.Number), issubclass(bool, numbers.Integral))
print({F(1, 2): "half", 0.5: "float half"}, str(F(-1, 2)), "%s" % F(2, 3), f"{F(2, 3)}")
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(1, 2) < 1j
except TypeError as e:
    print("TypeError:", e)
