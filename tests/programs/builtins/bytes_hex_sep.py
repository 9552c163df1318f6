# bytes.hex with a separator: groups counted from the right, or from the left when negative,
# and CPython's errors for a bad separator.
b = bytes.fromhex("0102030405")
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex("-", -2), b.hex(b"_", 3), b.hex(" ", 0), bytearray(b).hex(":"))
print(b"".hex(":"), b"\xff".hex(":", 5))
for bad in ((":", "x"), ("::",), ("é",), (5,)):
    try:
        b.hex(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
