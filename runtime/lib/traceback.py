# traceback: CPython's functions for printing and formatting exceptions, over MicroPython's
# sys.print_exception (the runtime's own traceback text). Tracebacks are not objects here:
# the frames are those an uncaught exception would show ("File ..., line N, in f"), without
# the source lines CPython adds; the `tb` and `limit` arguments are accepted and not used, and
# what needs frame or traceback objects (print_stack, format_tb, walk_tb, ...) is not there.
import sys
from _io import StringIO


def _exc(exc, value):
    # CPython 3.10+ takes the exception alone; the older (type, value, tb) form gives value.
    if value is not None and value is not exc:
        return value
    return exc


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    e = _exc(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    s = StringIO()
    sys.print_exception(e, s)
    return s.getvalue().splitlines(True)


def format_exception_only(exc, value=None):
    e = _exc(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return [format_exception(e)[-1]]


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    (file or sys.stderr).write("".join(format_exception(exc, value)))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception()))


def print_exc(limit=None, file=None, chain=True):
    (file or sys.stderr).write(format_exc())
