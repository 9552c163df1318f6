# io.StringIO: writes, reads, positions in code points, lines, and print(file=...).
import io
from io import StringIO

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
print(repr(s.read()), s.seek(0), repr(s.read(5)), s.tell(), repr(s.read()))

s = StringIO("line one\nline two\n\nlast")
print(repr(s.readline()), repr(s.readline(4)), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))
print([l.rstrip() for l in StringIO("a\nb\nc\n")])

# Initial value: read from the start, and overwritten by a write there.
s = StringIO("abcdef")
print(s.tell(), s.write("XY"), repr(s.getvalue()), repr(s.read()))
s.seek(4)
s.write("0123")
print(repr(s.getvalue()), s.tell())
print(s.seek(10), s.write("!"), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(3, 0))
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(1), repr(s.getvalue()))

# Non-ASCII text: positions count code points.
s = StringIO("héllo\nwörld\n")
print(repr(s.read(2)), s.tell(), repr(s.readline()), s.tell(), repr(s.readline(2)))
s.seek(1)
s.write("ü")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("€")
print(s.tell(), len(s.getvalue()))
print(repr(StringIO(None).getvalue()), repr(StringIO(initial_value="kw").read()))

# print(..., file=stream)
out = StringIO()
print("a", 1, 2.5, [3], file=out)
print("x", "y", sep="-", end="!\n", file=out)
print(file=out)
print("no newline", end="", file=out)
print(repr(out.getvalue()))
print("to stdout", file=None)
lines = out.getvalue().splitlines()
print(lines)


# Any object with a write method.
class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        self.parts.append("<flush>")


r = Recorder()
print("p", "q", file=r)
print(end="", file=r)
print("z", file=r, flush=True)
print(r.parts)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = StringIO()
attempt(lambda: s.write(5))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(1, 2))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.read("a"))
attempt(lambda: StringIO(5))
attempt(lambda: StringIO(b"x"))
attempt(lambda: print("x", file=5))
attempt(lambda: print("x", sep=1, file=s))
s.close()
attempt(lambda: s.write("a"))
attempt(lambda: s.getvalue())
attempt(lambda: s.read())
attempt(lambda: s.tell())
attempt(lambda: s.close())
