# array.array keeps its items packed: memoryviews of it are typed and write into it, and
# bytes-like arguments see its bytes.
import array
import copy
import io
import struct
from array import array as A

a = A("h", [1, -2, 300])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.shape, m.strides, m.ndim)
print(m[0], m[-1], list(m), m.tolist(), m[1:].tolist())
m[1] = -7
print(a, m.obj is a)
try:
    m[0] = 40000
except ValueError as e:
    print("ValueError", e)
try:
    m[0] = 1.5
except TypeError as e:
    print("TypeError", e)
try:
    m[0:1] = b"ab"
except ValueError as e:
    print("ValueError", e)
m[0:2] = A("h", [11, 12])
print(a)
print(a.tobytes(), bytes(m), m.tobytes() == bytes(a), m.hex())

# cast, both ways
b = bytearray(8)
mb = memoryview(b)
mi = mb.cast("i")
mi[1] = -1
print(b, mi.tolist(), mi.format, len(mi))
print(mi.cast("B").tolist())
try:
    mi.cast("h")
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(bytearray(3)).cast("i")
except TypeError as e:
    print("TypeError", e)
try:
    mb.cast("z")
except ValueError as e:
    print("ValueError", e)

# floats
f = A("f", [0.5, 1.25])
mf = memoryview(f)
print(mf.format, mf.tolist(), mf[1])
mf[0] = 3
print(f)
d = A("d", [2.5])
print(memoryview(d).tolist(), memoryview(d).itemsize)

# equality is by value
print(memoryview(A("i", [1, 2])) == memoryview(A("b", [1, 2])))
print(memoryview(A("h", [1])) == b"\x01\x00", memoryview(A("B", [1, 0])) == b"\x01\x00")
print(memoryview(A("d", [float("nan")])) == memoryview(A("d", [float("nan")])))

# writes through a view are seen by the array
u = A("I", [0, 0, 0])
mu = memoryview(u)
mu[2] = 4000000000
print(u, u[2])
mu[::2] = A("I", [5, 6])
print(u)

# bytes-like everywhere
print(b"ab" + A("B", [99, 100]), bytearray(b"x") + A("h", [0x4142]))
print(bytes(A("i", [0x01020304])), bytearray(A("b", [-1])))
print(struct.unpack("<2h", A("h", [3, -4])))
s = io.BytesIO()
s.write(A("H", [0x6162]))
print(s.getvalue())
r = A("B", [0, 0, 0])
print(io.BytesIO(b"xyz").readinto(r), r)
w = A("h", [0, 0])
memoryview(w).cast("B")[:] = b"\x05\x00\xff\xff"
print(w)

# the type
print(type(a), A.__name__, A.__module__, array.ArrayType is A, "d" in array.typecodes)
print(isinstance(a, A), repr(A("q")), str(A("Q", [2 ** 64 - 1])))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
try:
    a.nothing
except AttributeError as e:
    print("AttributeError", e)
c = copy.copy(a)
c[0] = 99
print(a[0], c[0], copy.deepcopy(a) == a)
print(list(reversed(a)), sorted(a), sum(a), max(a), 11 in a, a * 2, 2 * A("b", [1]))
n = A("b")
for i in range(100):
    n.append(i)
print(len(n), n[99], n.pop(), n.buffer_info()[1])
del n[::2]
print(len(n), n[:5])
import binascii
import hashlib
print(binascii.hexlify(A("H", [0x1234])), binascii.crc32(A("B", [1, 2])))
print(hashlib.sha256(A("i", [1])).hexdigest()[:16], hashlib.sha256(memoryview(A("h", [7]))).hexdigest()[:16])
buf = A("h", [0, 0, 0])
struct.pack_into("<h", buf, 2, -3)
print(buf, struct.unpack_from("<h", memoryview(buf), 4), list(struct.iter_unpack("<h", buf)))
