# float.hex and float.fromhex: round trips and CPython's errors (values a 32-bit float holds,
# so that the board prints what the host does).
for x in (1.5, -8.0, 0.375, 0.0, -0.0, 2.0 ** -20, 1048576.25, float("inf"), float("-inf"), float("nan"), 3.0):
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for t in ("0x1.8p+0", "  -0X1P-2 ", "1", "0x.8", "ff.8p4", "inf", "-Infinity", "nan", "0x1.fffffffffffff8p+0", "1.", "0x0p0", "1e5"):
    print(repr(t), float.fromhex(t))
for bad in ("", "0x", "x1", "0x1p", "0x1q", "--1", "0x1p--2", "0x1.2.3"):
    try:
        print(float.fromhex(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print("OverflowError", e)
print((1.0).fromhex("0x2p0"), float.fromhex("-0x0p0"))
