# io.StringIO, io.BytesIO and memoryview are context managers, as in CPython: `with` closes
# the stream at the end (`closed`), and a closed stream refuses to be written.
import io
with io.StringIO() as f:
    f.write("x")
    print(f.getvalue(), f.closed)
print(f.closed)
try:
    f.write("y")
except ValueError as e:
    print("ValueError:", e)
with io.BytesIO(b"abc") as b:
    print(b.read())
print(b.closed)
with memoryview(b"hello") as m:
    print(bytes(m[1:3]))
