# struct: pack/unpack of every format char, byte orders, native alignment, IEEE floats, errors.
import struct

print(struct.calcsize("<bhiq"), struct.calcsize("@bhiq"), struct.calcsize("@b0i"))
print(struct.calcsize("@bd"), struct.calcsize("@?f"), struct.calcsize("@cxh"), struct.calcsize("3h2x10s"))
print(struct.calcsize("=e"), struct.calcsize("!iQ"), struct.calcsize(b">3s"), struct.calcsize(""))

for order in "<>!=@":
    data = struct.pack(order + "bBhHiIqQ", -2, 254, -300, 65000, -70000, 4000000000, -(2**40), 2**63 + 5)
    print(order, data, struct.unpack(order + "bBhHiIqQ", data))
    data = struct.pack(order + "lL", -5, 3000000000) if order != "@" else b""
    print(order, data)

data = struct.pack("@bhbiq", 1, 2, 3, 4, 5)
print(len(data), data, struct.unpack("@bhbiq", data))
print(struct.pack("<3h2x", 1, -1, 256), struct.unpack("<3h2x", b"\x01\x00\xff\xff\x00\x01\x00\x00"))
print(struct.pack("<c?x?", b"z", 0, [1]), struct.unpack("<2c2?", b"ab\x00\x07"))
print(struct.pack("5s3s0s", b"hi", b"abcdef", b"x"), struct.unpack("4s", b"ab\x00\x00"))
print(struct.pack("6p2p", b"hello world", b"z"), struct.unpack("6p", b"\x03abcde"))
print(struct.pack("<i", True), struct.unpack("<I", bytearray(b"\xff\xff\xff\xff")))

for x in [1.5, -2.25, 0.1, 1e-3, 65504.0, 3.0e38]:
    f = struct.pack("<f", x)
    d = struct.pack(">d", x)
    print(x, f, d, struct.unpack("<f", f)[0], struct.unpack(">d", d)[0])
for x in [1.5, -2.25, 0.1, 65504.0, 5.960464477539063e-08]:
    e = struct.pack("<e", x)
    print(x, e, struct.unpack("<e", e)[0])
for x in [float("inf"), float("-inf"), float("nan"), 0.0, -0.0]:
    print(x, struct.pack("<f", x), struct.pack("<d", x), struct.pack(">e", x))
print(struct.unpack("<ffd", struct.pack("<ffd", float("-inf"), -0.0, float("nan"))))
print(struct.pack("<f", 1e-40), struct.unpack("<f", b"\x01\x00\x00\x00")[0])
print(struct.pack("<d", 5e-324), struct.unpack("<d", b"\x01\x00\x00\x00\x00\x00\x00\x00")[0])
print(struct.pack("<f", 16777217.0), struct.pack("<f", 16777219.0), struct.pack("<f", 1 + 2**-24))
print(struct.pack("<f", 3), struct.pack("<d", -7), struct.unpack(">f", b"\x7f\x7f\xff\xff")[0])

buf = bytearray(b"Z" * 12)
struct.pack_into("<hi", buf, 2, -1, 0x01020304)
print(buf)
struct.pack_into(">H", buf, -2, 0xABCD)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from(">H", buf, -2))
print(struct.unpack_from("<h", buf), struct.unpack_from("<2s", buf, offset=4))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")))
print(struct.unpack("<h", memoryview(b"\x00\x80")))
s = struct.Struct("<hd")
print(s.format, s.size, s.unpack(s.pack(7, 0.5)))


def attempt(f):
    try:
        print(f())
    except struct.error as e:
        print("error", e)
    except OverflowError as e:
        print("OverflowError", e)
    except TypeError as e:
        print("TypeError", e)


attempt(lambda: struct.pack("<B", 256))
attempt(lambda: struct.pack("<b", -129))
attempt(lambda: struct.pack("<h", 40000))
attempt(lambda: struct.pack(">h", 40000))
attempt(lambda: struct.pack("<H", -1))
attempt(lambda: struct.pack(">H", 70000))
attempt(lambda: struct.pack("<i", 2**31))
attempt(lambda: struct.pack("<I", -1))
attempt(lambda: struct.pack("<I", 2**32))
attempt(lambda: struct.pack("<q", 2**63))
attempt(lambda: struct.pack("<Q", -1))
attempt(lambda: struct.pack("<hh", 1))
attempt(lambda: struct.pack("<h", 1.0))
attempt(lambda: struct.pack("<f", "x"))
attempt(lambda: struct.pack("<f", 1e39))
attempt(lambda: struct.pack("<e", 70000.0))
attempt(lambda: struct.pack("<c", b"ab"))
attempt(lambda: struct.pack("<s", "ab"))
attempt(lambda: struct.unpack("<i", b"abc"))
attempt(lambda: struct.unpack("<i", "abcd"))
attempt(lambda: struct.unpack_from("<i", b"abcde", 2))
attempt(lambda: struct.unpack_from("<i", b"abcde", -9))
attempt(lambda: struct.pack_into("<i", bytearray(5), 3, 1))
attempt(lambda: struct.pack_into("<i", bytearray(5), -3, 1))
attempt(lambda: struct.iter_unpack("<h", b"abc"))
attempt(lambda: struct.calcsize("<z"))
attempt(lambda: struct.calcsize("<P"))
attempt(lambda: struct.calcsize("<3"))
attempt(lambda: struct.calcsize("3 h"))
