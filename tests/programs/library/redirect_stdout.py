# sys.stdout and sys.stderr can be assigned: print() without file= writes through the new
# object's write method (contextlib.redirect_stdout and redirect_stderr do it for a block).
import contextlib
import io
import sys

buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2.5, sep="|", end="!\n")
print()
print("to", "sys.stdout", file=sys.stdout)
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


c = Collector()
with contextlib.redirect_stdout(c):
    print("a", "b")
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print("nested")
    print("after nested")
print(c.parts)
print(repr(inner.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("problem", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)


def noisy():
    print("from a function")
    raise ValueError("no")


out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        noisy()
except ValueError as e:
    print("caught", e, repr(out.getvalue()))
print("back on the console")


def current():
    return sys.stdout


# (The same read of sys.stdout sees each new assignment.)
for k in range(3):
    b = io.StringIO()
    with contextlib.redirect_stdout(b):
        print(current() is b, k)
    print(k, repr(b.getvalue()), current() is sys.__stdout__)
