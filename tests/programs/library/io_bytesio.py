# io.BytesIO: bytes in, bytes out, seeks relative to any point.
import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
print(b.seek(1), b.read(2), b.read(), b.read(), b.tell())
b = io.BytesIO(b"line1\nline2\nend")
print(b.readline(), b.readline(3), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print([line for line in b])
b = io.BytesIO(b"abc")
b.seek(5)
b.write(b"z")
print(b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.seek(-10, 1), b.seek(2, 1))
print(b.truncate(2), b.getvalue(), b.tell())
b.seek(0)
b.write(b"XYZW")
print(b.getvalue(), b.read(-1), b.read(None))
print(io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"kw").read(1))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b.write("x"))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 5))
attempt(lambda: io.BytesIO("x"))
attempt(lambda: io.BytesIO(5))
b.close()
attempt(lambda: b.read())
