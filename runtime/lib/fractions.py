# fractions: Fraction, exact rational numbers, as CPython's fractions module has it: made from
# ints, two rationals, a float (its exact value), or a string ("3/4", "-1.25e-3"); kept in
# lowest terms with a positive denominator; arithmetic with ints and Fractions exact, with a
# float or complex done in that type; hashes and comparisons agree with int and float.
# Written in Python, compiled with the program only when it imports it. (A float here has the
# board's width: on the pyboard Fraction(0.1) is 0.1's 32-bit value.)

import math

# CPython's hash of numbers: modulo this prime, infinity's hash for a denominator it divides.
_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digits(text):
    # An unsigned run of digits, single underscores allowed between them; None otherwise.
    if not text or text[0] == "_" or text[-1] == "_" or "__" in text:
        return None
    for c in text:
        if not ("0" <= c <= "9" or c == "_"):
            return None
    return int(text)


def _parse(literal):
    # (numerator, denominator) of a Fraction's string form, or None.
    s = literal.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        n, d = _digits(num), _digits(den)
        if n is None or d is None:
            return None
        return sign * n, d
    exp = 0
    for e in ("e", "E"):
        if e in s:
            s, _, tail = s.partition(e)
            sign_e = 1
            if tail[:1] in ("+", "-"):
                sign_e = -1 if tail[0] == "-" else 1
                tail = tail[1:]
            x = _digits(tail)
            if x is None:
                return None
            exp = sign_e * x
            break
    whole, dot, frac = s.partition(".")
    if not whole and not frac:
        return None
    n = _digits(whole) if whole else 0
    f = _digits(frac) if frac else 0
    if n is None or f is None:
        return None
    places = len(frac.replace("_", ""))
    n = n * 10**places + f
    d = 10**places
    if exp >= 0:
        n *= 10**exp
    else:
        d *= 10**-exp
    return sign * n, d


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    __slots__ = ("_numerator", "_denominator")
    # The levels of numbers' tower a Fraction is (see numbers.Number.__subclasshook__).
    _numbers_tower = ("Rational", "Real", "Complex", "Number")

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                n, d = numerator, 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = parsed
            elif hasattr(numerator, "numerator") and hasattr(numerator, "denominator"):
                n, d = numerator.numerator, numerator.denominator
            elif hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = _num(numerator) * _den(denominator)
            d = _num(denominator) * _den(numerator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        # The closest Fraction with a denominator at most max_denominator: the last
        # convergent of the continued fraction that fits, or the semiconvergent past it.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: exact with ints and Fractions, in the other type with floats and complex.

    def __add__(a, b):
        if _is_rational(b):
            return _make(a._numerator * _den(b) + _num(b) * a._denominator, a._denominator * _den(b))
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return _make(_num(a) * b._denominator + b._numerator * _den(a), _den(a) * b._denominator)
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            return _make(a._numerator * _den(b) - _num(b) * a._denominator, a._denominator * _den(b))
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return _make(_num(a) * b._denominator - b._numerator * _den(a), _den(a) * b._denominator)
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            return _make(a._numerator * _num(b), a._denominator * _den(b))
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return _make(_num(a) * b._numerator, _den(a) * b._denominator)
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            return _make(a._numerator * _den(b), a._denominator * _num(b))
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return _make(_num(a) * b._denominator, _den(a) * b._numerator)
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            return (a._numerator * _den(b)) // (a._denominator * _num(b))
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return (_num(a) * b._denominator) // (_den(a) * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            d = a._denominator * _den(b)
            return _make((a._numerator * _den(b)) % (_num(b) * a._denominator), d)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            d = _den(a) * b._denominator
            return _make((_num(a) * b._denominator) % (b._numerator * _den(a)), d)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            da, db = a._denominator, _den(b)
            q, r = divmod(a._numerator * db, da * _num(b))
            return (q, _make(r, da * db))
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            da, db = _den(a), b._denominator
            q, r = divmod(_num(a) * db, da * b._numerator)
            return (q, _make(r, da * db))
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            if _den(b) == 1:
                power = _num(b)
                if power >= 0:
                    return _make(a._numerator**power, a._denominator**power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator**-power))
                return _make(a._denominator**-power, a._numerator**-power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a**b._numerator
        if _is_rational(a):
            return Fraction(_num(a), _den(a)) ** b
        if b._denominator == 1:
            return a**b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __hash__(self):
        inverse = pow(self._denominator, _MODULUS - 2, _MODULUS)
        if not inverse:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == _num(b) and a._denominator == _den(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _compare(a, b):
        # a - b's sign as an int (-1, 0, 1), or None for a number no Fraction compares with
        # exactly (a NaN or an infinity: the float 0.0 stands for a then).
        if _is_rational(b):
            diff = a._numerator * _den(b) - _num(b) * a._denominator
            return (diff > 0) - (diff < 0)
        return None

    def __lt__(a, b):
        c = a._compare(b)
        if c is not None:
            return c < 0
        if isinstance(b, float):
            return 0.0 < b if math.isnan(b) or math.isinf(b) else a < Fraction(b)
        return NotImplemented

    def __gt__(a, b):
        c = a._compare(b)
        if c is not None:
            return c > 0
        if isinstance(b, float):
            return 0.0 > b if math.isnan(b) or math.isinf(b) else a > Fraction(b)
        return NotImplemented

    def __le__(a, b):
        c = a._compare(b)
        if c is not None:
            return c <= 0
        if isinstance(b, float):
            return 0.0 <= b if math.isnan(b) or math.isinf(b) else a <= Fraction(b)
        return NotImplemented

    def __ge__(a, b):
        c = a._compare(b)
        if c is not None:
            return c >= 0
        if isinstance(b, float):
            return 0.0 >= b if math.isnan(b) or math.isinf(b) else a >= Fraction(b)
        return NotImplemented

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


def _num(x):
    return int(x) if isinstance(x, int) else x.numerator


def _den(x):
    return 1 if isinstance(x, int) else x.denominator


def _make(n, d):
    return Fraction(n, d)
