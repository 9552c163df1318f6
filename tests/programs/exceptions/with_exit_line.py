# The line of an `__exit__` call in a traceback is the `with` statement's, as CPython has it.
import traceback


class Loud:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.fail:
            raise RuntimeError("in exit")
        return False


def lines_of(f):
    try:
        f()
    except Exception as e:
        lines = [l.split(", ")[1] for l in traceback.format_exc().splitlines() if l.startswith("  File")]
        print(type(e).__name__, lines)


def normal():
    with Loud(True):
        x = 1
        y = 2


def raising():
    with Loud(True):
        z = 1
        raise ValueError("body")


def passing():
    with Loud(False):
        z = 1
        raise KeyError("body")


def returning():
    with Loud(True):
        return 1


def breaking():
    for i in range(3):
        with Loud(True):
            break


lines_of(normal)
lines_of(raising)
lines_of(passing)
lines_of(returning)
lines_of(breaking)

with Loud(True) as a, Loud(False) as b:
    pass
