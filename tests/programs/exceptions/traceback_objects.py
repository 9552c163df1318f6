# An exception's __traceback__: entries from where it was caught inward to where it was
# raised (tb_next), each with its line and frame (f_code.co_name, co_filename, f_back), as
# sys.exc_info()[2] and the traceback module's functions that take one.
import sys
import traceback


def base(path):
    return path.split("/")[-1]


def inner(n):
    if n == 0:
        raise ValueError("deep")
    return inner(n - 1)


def outer():
    return inner(2)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    lines = []
    t = tb
    while t is not None:
        lines.append((t.tb_lineno, t.tb_frame.f_code.co_name, base(t.tb_frame.f_code.co_filename)))
        t = t.tb_next
    print(lines)
    print(tb.tb_frame.f_code.co_qualname, tb.tb_next.tb_frame.f_lineno)
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[2].tb_next.tb_frame.f_code.co_name)
    print([(n, f.f_code.co_name) for f, n in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb)
    print(len(summary), [(s.lineno, s.name) for s in summary], summary[-1].lineno)
    print([(base(f), n, name) for f, n, name, line in summary])
    print(len(traceback.extract_tb(tb, limit=2)))
    print([base(l.split('"')[1]) + l.split('"')[2].splitlines()[0] for l in traceback.format_tb(tb)])
    deepest = summary[-1]
    print(deepest.name, deepest[1], base(deepest.filename))

print(ValueError("fresh").__traceback__)
print(sys.exc_info())


class Box:
    def fail(self):
        raise KeyError("k")


try:
    Box().fail()
except KeyError as e:
    t = e.__traceback__
    print(t.tb_next.tb_frame.f_code.co_qualname, t.tb_next.tb_lineno)
    print(t.tb_next.tb_frame.f_back.f_code.co_name)
