# An exception chain with a cycle (__context__ or __cause__ leading back to an exception already
# shown) prints each exception once, as CPython's traceback printer, which remembers the ones seen.
# (Tracebacks printed here go without their "Traceback" and frame lines: a board's console has them
# after the output only for the uncaught one.)
import traceback


def show(e):
    for line in "".join(traceback.format_exception(e)).splitlines():
        if not line.startswith(("  ", "Traceback")):
            print(line)
    print("--")


e1, e2 = ValueError("one"), KeyError("two")
e1.__context__ = e2
e2.__context__ = e1
show(e1)
show(e2)

e3 = TypeError("three")
e3.__cause__ = e3
show(e3)

a, b, c = OSError("a"), IndexError("b"), RuntimeError("c")
a.__context__, b.__cause__, c.__context__ = b, c, a
show(a)

# Raised: the uncaught report shows the same.
try:
    raise e1
except ValueError as e:
    show(e)
try:
    raise ValueError("y")
except ValueError as err:
    y = err
x = ValueError("x")
x.__context__ = y
y.__context__ = x
raise x
