# A generator suspended inside an except clause keeps the exception it handles as its own:
# its caller's sys.exc_info(), __context__ and bare raise do not see it, it sees it again when
# resumed, and one with none of its own sees its caller's.
import sys


def g():
    try:
        raise ValueError("leaked")
    except ValueError:
        yield sys.exc_info()[0]
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


it = g()
print(next(it))
print(sys.exc_info()[0])
try:
    raise KeyError
except KeyError as e:
    print(repr(e.__context__))
    print(next(it))
print(next(it))


def h():
    yield sys.exc_info()[0]


try:
    raise KeyError("k")
except KeyError:
    print(next(h()))

it = g()
next(it)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)


def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 1
        raise


it = inner()
next(it)
try:
    next(it)
except ZeroDivisionError as e:
    print("reraised", type(e).__name__, e.__context__)
