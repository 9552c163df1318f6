# numbers: the numeric tower of abstract base classes (PEP 3141), as CPython's numbers module
# has it: Number > Complex > Real > Rational > Integral, with the built-in types registered
# (int is Integral, float Real, complex Complex) and the mixin methods each level brings to a
# class deriving from it. fractions.Fraction is a Rational. Written in Python, compiled with the program only when it imports it.

from abc import ABCMeta, abstractmethod


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None

    # A class of mpyc's library names the levels of the tower it belongs to in
    # `_numbers_tower` (fractions.Fraction: Rational and up), so that it need not import this
    # module to be one of them.
    @classmethod
    def __subclasshook__(cls, C):
        if cls.__module__ == "numbers" and cls.__name__ in getattr(C, "_numbers_tower", ()):
            return True
        return NotImplemented


class Complex(Number):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)


Real.register(float)


class Rational(Real):
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
