# Details other people's programs showed different from CPython: int(text, 0) refuses a
# leading zero, %x/%o refuse floats, max() of nothing says 3.11's words, a bytearray's repr
# escapes ' in double quotes, 'in' of bytes checks the byte, __bool__ must return a bool,
# and __debug__ is True.
for t in ["010", "0", "00", "0_0", "0x_1f", "0b_101", "007", "1_000", "-010", "0o17"]:
    try:
        print(t, int(t, 0))
    except ValueError as e:
        print("ValueError", e)
print(int("0x_1f", 16), int("010"), int("010", 10), int("010", 8))
for fmt, v in [("%x", 3.5), ("%X", 2.0), ("%o", 1.5), ("%x", "s"), ("%d", 3.9), ("%x", True), ("%o", 8)]:
    try:
        print(fmt % v)
    except TypeError as e:
        print("TypeError", e)
class I:
    def __index__(self):
        return 255
print("%x %o" % (I(), I()))
for f in (max, min):
    try:
        f([])
    except ValueError as e:
        print("ValueError", e)
print(repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), repr(bytearray(b'both \' "')), repr(b"it's"))
for x in [97, -3, 256, [1], 1.5, b"b", bytearray(b"bc")]:
    try:
        print(x in b"abc")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for v in [True, 0, 1, None]:
    try:
        print(bool(B(v)), "yes" if B(v) else "no")
    except TypeError as e:
        print("TypeError", e)
print(__debug__)
if __debug__:
    print("debug mode")
