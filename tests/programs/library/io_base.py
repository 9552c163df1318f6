import io, json


class Sink(io.IOBase):
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)


s = Sink()
print("closed", s.closed, s.readable(), s.writable(), s.seekable())
json.dump([123, {}], s)
print("".join(s.chunks))
print("x", 1, file=s, end="!")
print(s.chunks[-4:])
with s as t:
    print(t is s, t.closed)
print("after with", s.closed)
try:
    s.flush()
except ValueError as e:
    print("ValueError", e)
for f in (lambda: s.seek(0), lambda: s.fileno(), lambda: Sink().tell()):
    try:
        f()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))


class Bytes(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Bytes(b"one\ntwo\nthree")
print(r.read(2), r.readline(), list(r))
print(Bytes(b"abc").read(), Bytes(b"a\nb\n").readlines())
s2 = Sink()
s2.writelines(["a", "b", "c"])
print(s2.chunks, isinstance(s2, io.IOBase))
print(io.StringIO("hi").read(), io.BytesIO(b"yo").getvalue(), io.SEEK_END)
