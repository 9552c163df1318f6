def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([popcount(n) for n in [0, 1, 255, 256, 2 ** 40 - 1]], [bin(reverse_bits(n)) for n in [1, 6, 0xF0]])
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), flags & (1 << 3) != 0, flags & (1 << 4) != 0, f"{flags:08b}", flags ^ 0xFF)
