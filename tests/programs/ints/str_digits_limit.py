# CPython's limit of 4300 decimal digits converting ints to and from text.
big = 10 ** 4300
for f in [lambda: str(big), lambda: repr(-big), lambda: f"{big}", lambda: f"{big:,}", lambda: "%d" % big,
          lambda: "%.3d" % big, lambda: str(big // 10), lambda: int("1" * 4301), lambda: int("1" * 4300 + "_0"),
          lambda: int("-" + "7" * 4301, 8), lambda: int("0x" + "f" * 5000, 0), lambda: int("9" * 5000, 36),
          lambda: hex(big)[:6], lambda: bin(big)[:6], lambda: oct(big)[:6]]:
    try:
        r = f()
        print("ok", len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print("ValueError", e)
print("%.5x" % 255, "%.5o" % 8, "%.3d" % -7, "%x" % 255, "%#.5x" % 255, "%#.4o" % 8, "%#8.3X" % 255, "%-8.3x|" % -255)
try:
    print(big)
except ValueError as e:
    print("print:", e)
