# traceback: CPython's functions for printing and formatting exceptions, over MicroPython's
# sys.print_exception (the runtime's own traceback text): the frames are those an uncaught
# exception would show ("File ..., line N, in f"), without the source lines CPython adds (a
# FrameSummary's `line` is None). The functions taking a traceback object (`exc.__traceback__`,
# whose entries have tb_frame, tb_lineno, tb_next) walk it; print_exception's `tb` and `limit`
# are accepted and not used. What needs the running frames (print_stack, extract_stack) is not
# there.
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


class FrameSummary:
    # One frame of a traceback: where (file, line) and in what (the function's name).
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


class StackSummary(list):
    def format(self):
        return format_list(self)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    out = StackSummary()
    for frame, lineno in walk_tb(tb):
        if limit is not None and len(out) >= limit:
            break
        out.append(FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name))
    return out


def format_list(extracted_list):
    out = []
    for f in extracted_list:
        filename, lineno, name, line = f
        text = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            text += "    {}\n".format(line.strip())
        out.append(text)
    return out


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    (file or sys.stderr).write("".join(format_tb(tb, limit)))
