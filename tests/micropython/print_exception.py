# MicroPython's sys.print_exception: a caught exception's traceback, to the console or to a
# stream (compared by its shape: file names differ between the two).
import io
import sys


def f(n):
    if n == 0:
        raise ValueError("boom", n)
    return f(n - 1)


try:
    f(2)
except ValueError as e:
    s = io.StringIO()
    sys.print_exception(e, s)
    lines = s.getvalue().splitlines()
    print(lines[0], len(lines), lines[-1])
    print([l.split(",")[1:] for l in lines[1:-1]])
