# binascii.crc_hqx: the CRC-CCITT (polynomial 0x1021, most significant bit first).
import binascii
import array

print(hex(binascii.crc_hqx(b"123456789", 0xFFFF)))
print(hex(binascii.crc_hqx(b"123456789", 0)))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"", 0x1234), binascii.crc_hqx(b"", -1))
# Values beyond 16 bits are masked; a running CRC continues over pieces.
print(binascii.crc_hqx(b"abc", 0x12345), binascii.crc_hqx(b"abc", -2), binascii.crc_hqx(b"abc", True))
whole = binascii.crc_hqx(b"hello, world", 0xFFFF)
part = binascii.crc_hqx(b"hello, ", 0xFFFF)
print(whole, binascii.crc_hqx(b"world", part), whole == binascii.crc_hqx(b"world", part))
print(binascii.crc_hqx(bytearray(b"xyz"), 7), binascii.crc_hqx(memoryview(b"xyz"), 7))
print(binascii.crc_hqx(array.array("H", [1, 2]), 0), binascii.crc_hqx(bytes(range(256)), 0xFFFF))
print([binascii.crc_hqx(bytes([i]), 0) for i in (0, 1, 0x80, 0xFF)])
print(binascii.crc_hqx(b"\xff" * 1000, 0x1D0F))
for args in [("abc", 0), (b"a", 1.5), (b"a", "1"), ([1, 2], 0), (None, 0)]:
    try:
        print(binascii.crc_hqx(*args))
    except Exception as e:
        print(type(e).__name__, e)

# hexlify / b2a_hex with a separator (3.8+).
for a in [(b"\x01\x02", "-"), (b"\x01\x02", b"-"), (b"\x01\x02\x03", ":", 2),
          (b"\x01\x02\x03", ":", -2), (b"", "-"), (b"\x01", "-"), (b"\x01\x02", ""),
          (b"\x01\x02", "--"), (b"\x01\x02", "\xff"), (b"\x01\x02\x03\x04", " ", 4),
          (b"\x01\x02\x03\x04", " ", 0), (b"\x01\x02\x03\x04", " ", 3),
          (b"\x01\x02\x03\x04\x05", b"_", -2), (bytearray(b"\xab\xcd"), ".")]:
    for f in (binascii.hexlify, binascii.b2a_hex):
        try:
            print(f(*a))
        except Exception as e:
            print(type(e).__name__, e)
print(binascii.b2a_hex(b"\xab\xcd", sep="-", bytes_per_sep=1), binascii.hexlify(b"\xab\xcd", bytes_per_sep=1))
for s in ["01-02", "0102", b"0A0b", "zz", "", bytearray(b"ff")]:
    try:
        print(binascii.a2b_hex(s), binascii.unhexlify(s))
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.a2b_hex(binascii.b2a_hex(b"round trip")))
