# A class body is a traceback frame of its own, named after the class, at the line that
# failed, below the frame that runs the class statement, at the statement's line (the `class`
# line, not a decorator's), as in CPython.
import traceback


def show():
    lines = traceback.format_exc().splitlines()
    frames = [l.strip().split(", ", 1)[1] for l in lines if l.startswith("  File")]
    print(frames, lines[-1])


def fail(x):
    return int(x)


def ok(cls):
    return cls


try:
    class Plain:
        a = 1
        b = fail("b")
except ValueError:
    show()

try:
    class Constant:
        a = 1
        b = int("c")
except ValueError:
    show()

try:
    @ok
    class Decorated(object):
        x = [1, 2]
        y = x[5]
except IndexError:
    show()

try:
    class Outer:
        p = 1

        class Inner:
            q = 2
            r = q / 0
except ZeroDivisionError:
    show()

try:
    class WithTry:
        try:
            v = fail("v")
        except KeyError:
            pass
except ValueError:
    show()

try:
    class Handled:
        try:
            v = fail("v")
        except ValueError:
            show()
        w = fail("w")
except ValueError:
    show()

try:
    class Method:
        def m(self, d=fail("default")):
            pass
except ValueError:
    show()


def in_function():
    class Local:
        for i in range(3):
            if i == 2:
                raise KeyError(i)
    return Local


try:
    in_function()
except KeyError:
    show()

try:
    class Raises:
        raise RuntimeError("in the body")
except RuntimeError:
    show()


class Config:
    debug = True
    level = int("verbose")
