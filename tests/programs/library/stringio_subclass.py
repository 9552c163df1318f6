# Classes deriving from io.StringIO and io.BytesIO: their own __init__ with super().__init__(…),
# overridden write used by print(file=) and sys.stdout, inherited reading, with.
import io
import sys

class Capture(io.StringIO):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.writes = 0
    def write(self, s):
        self.writes += 1
        return super().write(s.upper())

c = Capture("out")
print("hello", "world", file=c)
c.write("more\n")
print(repr(c.getvalue()), c.writes, c.label, isinstance(c, io.StringIO))
old = sys.stdout
sys.stdout = c
print("redirected")
sys.stdout = old
print(repr(c.getvalue()))

class Prefilled(io.StringIO):
    pass
p = Prefilled("line1\nline2\n")
print(p.readline(), list(p), p.tell())

class Bin(io.BytesIO):
    def count(self):
        return len(self.getvalue())
b = Bin(b"abc")
b.seek(0, 2)
b.write(b"de")
print(b.getvalue(), b.count(), type(b).__name__)

class Reinit(io.StringIO):
    def __init__(self, text, extra):
        super().__init__(text + extra)
r = Reinit("ab", "cd")
print(r.read(), r.closed)
with Reinit("x", "y") as w:
    pass
print(w.closed)
try:
    io.StringIO.__init__()
except TypeError:
    print("TypeError")
