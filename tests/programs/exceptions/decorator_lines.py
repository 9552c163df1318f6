# A decorator that raises fails at its own line (`@deco`), not the `def`'s or `class`'s, as
# in CPython; stacked decorators apply bottom-up, each at its line.
import traceback


def show():
    frames = [l.strip() for l in traceback.format_exc().splitlines() if l.startswith("  File")]
    print([f.split(", ", 1)[1] for f in frames], traceback.format_exc().splitlines()[-1])


def bad(fn):
    raise ValueError("bad decorator")


def ok(fn):
    return fn


def named(tag):
    def deco(fn):
        if tag == "boom":
            raise KeyError(tag)
        return fn
    return deco


try:
    @bad
    def f():
        pass
except ValueError:
    show()

try:
    @ok
    @bad
    @ok
    def g():
        pass
except ValueError:
    show()

try:
    @bad
    @ok
    def h():
        pass
except ValueError:
    show()

try:
    @named("x")
    @named(
        "boom")
    def i():
        pass
except KeyError:
    show()

try:
    @ok
    @bad
    class C:
        pass
except ValueError:
    show()


class D:
    x = 1

    def m(self):
        return 1

    try:
        @ok
        @bad
        def n(self):
            pass
    except ValueError:
        show()


def inner():
    @ok
    @named("boom")
    def local():
        pass


try:
    inner()
except KeyError:
    show()

try:
    @undefined_decorator
    def j():
        pass
except NameError:
    show()


@ok
@bad
def last():
    pass
