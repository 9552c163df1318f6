# The pyboard computes with 32-bit floats, as MicroPython on it does: what it prints.
print(1 / 3, 0.1, 2.5, 1e10, 1.5e-7, 3.14159265358979, float("0.1") == 0.1, 16777217.0)
print(f"{2 / 3:.3f} {1e20:e} {0.5:g}", round(2.675, 2), int(1e9), 10 ** 20 * 1.0)
x = 0.0
for i in range(10):
    x += 0.1
print(x, [i / 8 for i in range(4)])
# An int past 64 bits becomes the nearest 32-bit float, rounded once: 2**100 + 2**76 + 1 is
# above the midpoint between 2**100 and 2**100 + 2**77 (through a 64-bit float it would not be).
big = 2 ** 100 + 2 ** 76 + 1
print(float(big) == 2.0 ** 100 + 2.0 ** 77, float(-big) == -(2.0 ** 100 + 2.0 ** 77), float(2 ** 100 + 2 ** 76) == 2.0 ** 100)
