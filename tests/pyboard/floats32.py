# The pyboard computes with 32-bit floats, as MicroPython on it does: what it prints.
print(1 / 3, 0.1, 2.5, 1e10, 1.5e-7, 3.14159265358979, float("0.1") == 0.1, 16777217.0)
print(f"{2 / 3:.3f} {1e20:e} {0.5:g}", round(2.675, 2), int(1e9), 10 ** 20 * 1.0)
x = 0.0
for i in range(10):
    x += 0.1
print(x, [i / 8 for i in range(4)])
