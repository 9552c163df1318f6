"""The module's docstring: its `__doc__`, read at module level, in functions and in class
bodies without a docstring of their own."""
print(__doc__)


def f():
    "A function's docstring is not the module's."
    return __doc__[:10]


print(f())


class C:
    "C's own."
    print(__doc__)
    seen = __doc__


class D:
    print(__doc__[:3])
    x = __name__


print(C.__doc__, C.seen, D.__doc__, D.x)
