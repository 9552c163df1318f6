# sys.exc_info() and sys.exception(): the exception an except clause handles, restored when
# a nested handler ends, and Nones outside any handler. (The traceback, exc_info()[2], is None
# in mpyc: not printed here.)
import sys


def f():
    e = sys.exc_info()
    print(e[0], e[1], sys.exception())


try:
    raise ValueError("value", 123)
except Exception:
    print(sys.exc_info()[0], sys.exc_info()[1])
    f()
    try:
        raise KeyError(1)
    except KeyError:
        print(sys.exc_info()[:2])
    print(sys.exc_info()[:2])
f()


def g():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        return sys.exc_info()[1] is e


print(g(), sys.exc_info())
