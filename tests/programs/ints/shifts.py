vals = [0, 1, -1, 5, -5, 12345, -12345, 2**29, -2**29, 2**30 - 1, -2**30, 3 << 20]
counts = [0, 1, 2, 5, 15, 29, 30, 31, 32, 33, 63, 64, 100]
t = 0
for v in vals:
    for c in counts:
        r = v >> c
        l = v << c
        t ^= hash(r) ^ hash(l)
        print(v, c, r, l)
for v in vals:
    try:
        print(v << -1)
    except ValueError as e:
        print("VE", e)
    try:
        print(v >> -1)
    except ValueError as e:
        print("VE", e)
def rev(x, bits):
    y = 0
    for i in range(bits):
        y = (y << 1) | (x & 1)
        x >>= 1
    return y
print([rev(i, 8) for i in range(20)])
print(True << 3, 5 >> True, 1 << 40, -1 >> 70)
