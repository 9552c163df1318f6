# bytes.fromhex takes whitespace before a pair of digits only, and memoryview.hex has the
# separators of bytes.hex.
for s in ("a b", "ab cd e f", " 01 02\t0a\n", "0", "zz", "0g", "", "  ", "ab\u00e9"):
    try:
        print(bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print("ValueError", e)
m = memoryview(b"\x01\x02\x03\x04\x05")
print(m.hex(), m.hex(":"), m.hex("-", 2), m.hex("-", -2), m[1:4].hex(" "), m[::2].hex("."))
