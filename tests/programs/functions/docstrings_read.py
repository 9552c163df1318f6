# A program that reads __doc__ keeps its functions' docstrings (CPython 3.11's text as
# written, indentation and all); a function without one, a lambda and a built-in say None.
import functools

def documented(x):
    """Returns x doubled.

    More text.
    """
    return x * 2

def plain():
    return 1

def gen():
    "A generator."
    yield 1

async def coro():
    '''A coroutine.'''

def outer():
    def inner(a, *args, b=2, **kw):
        "Nested, with every kind of parameter."
    return inner

def wrapper_of(fn):
    @functools.wraps(fn)
    def wrapped(*a, **k):
        return fn(*a, **k)
    return wrapped

@wrapper_of
def wrapped_one():
    "Kept through functools.wraps."

class Shape:
    """A shape."""

    def area(self):
        "Its area."
        return 0

    @property
    def name(self):
        "The shape's name."
        return "shape"

    @staticmethod
    def unit():
        "One unit."

    @classmethod
    def make(cls):
        "Makes one."

print(documented.__doc__)
print(plain.__doc__, (lambda: 0).__doc__)
print(gen.__doc__, coro.__doc__)
print(outer().__doc__)
print(wrapped_one.__doc__, wrapped_one.__name__)
print(Shape.__doc__, Shape.area.__doc__, Shape().area.__doc__)
print(Shape.name.__doc__)
print(Shape.unit.__doc__, Shape.make.__doc__)
documented.__doc__ = "replaced"
print(documented.__doc__)
print(documented(21))
for f in (documented, plain, gen):
    print(f.__name__, (f.__doc__ or "").split("\n")[0])
c = coro()
print(type(c).__name__)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
c.close()
