# StringIO and BytesIO are their own iterators (next(f) skips a line), with writelines,
# readable/writable/seekable/isatty, readlines(hint) and BytesIO.read1.
import io
f = io.StringIO("header\nrow1\nrow2\n")
print(next(f), end="")
print(iter(f) is f)
for line in f:
    print("line", line.strip())
g = io.StringIO()
g.writelines(["a", "b\n", "c"])
print(repr(g.getvalue()))
print(g.readable(), g.writable(), g.seekable(), g.isatty())
h = io.StringIO("x\ny\nz\n")
print(h.readlines(2))
print(h.readlines())
b = io.BytesIO(b"abc\ndef")
print(b.read1(2), next(b), list(b))
b.writelines([b"1", b"2"])
print(b.getvalue())
g.close()
for m in ("readable", "writable", "seekable", "isatty"):
    try:
        getattr(g, m)()
    except ValueError as e:
        print(m, e)
try:
    next(g)
except ValueError as e:
    print("next", e)
try:
    iter(g)
except ValueError as e:
    print("iter", e)
e = io.StringIO("")
print(next(e, "end"))

# The iterator protocol's methods by name, and a subclass that calls them.
f = io.StringIO("p\nq\n")
print(f.__next__(), end="")
print(f.__iter__() is f, list(f))
try:
    f.__next__()
except StopIteration as e:
    print("StopIteration", e.args)


class Numbered(io.StringIO):
    n = 0

    def __next__(self):
        self.n += 1
        return "%d: %s" % (self.n, super().__next__())


for line in Numbered("a\nb\n"):
    print(line, end="")
print(io.BytesIO(b"ab\ncd\nef\n").readlines(3), io.StringIO("ab\ncd\nef\n").readlines(3))
