# Special methods defined as staticmethod or classmethod: the operator binds them as the
# descriptor says (no object for a staticmethod, the class for a classmethod), as CPython.
class C:
    @staticmethod
    def f(rhs):
        print('f', rhs)

    @classmethod
    def g(cls, rhs):
        print('g', cls.__name__, rhs)

    @staticmethod
    def __sub__(rhs):
        return ('sub', rhs)

    @classmethod
    def __add__(cls, rhs):
        return ('add', cls.__name__, rhs)

    __len__ = staticmethod(lambda: 7)

    @classmethod
    def __getitem__(cls, i):
        return (cls.__name__, i)

    @staticmethod
    def __eq__(other):
        return other == 42

    __hash__ = None

    @staticmethod
    def __neg__():
        return 'neg'

    @classmethod
    def __iter__(cls):
        return iter([cls.__name__, 1, 2])

    @staticmethod
    def __call__(x, y=2):
        return x * y

    @staticmethod
    def __repr__():
        return 'C-repr'

    @staticmethod
    def __contains__(x):
        return x == 'in'


class D(C):
    pass


c, d = C(), D()
c.f(0)
c.g(0)
print(c - 1, c + 2, d + 3)
print(len(c), len(d), c[5], d['k'])
print(c == 42, c == 41, c != 42, 42 == c)
print(-c, list(c), list(d), c(3), c(3, y=4))
print(repr(c), str(d), 'in' in c, 'out' in c)
