print(int(3.7), int(-3.7), int("0x1A", 16), int("777", 8), int("11", 2), int("z", 36), int("  -42 "))
print(float(1), float("3.5"), float(".5"), float("5."), float("1e-3"), float("-0"), float("inf") > 1e308)
print(hex(0), hex(4095), oct(8), bin(5), bin(-5), str(0o17), 0b1010, 0xFF, 1_000_000)
print(bool(0.0), bool(-1), int(True), float(False))
