# Big ints computed digit by digit: sums, differences, products, floor division, modulo and
# shifts across every sign and around the 32- and 64-bit digit edges, checked three ways.
edges = [0, 1, 2, 3, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000, 2**63 - 1, 2**63, 2**64 - 1,
         2**64, 2**64 + 1, 2**95, 2**96 - 1, 2**127 + 2**64 - 5, 10**30 + 7, 3**80, 2**200 - 1]
seed = 12345


def rand_big(bits):
    global seed
    n = 0
    while bits > 0:
        seed = (seed * 1103515245 + 12345) % 2**31
        n = (n << 16) | (seed >> 8) & 0xFFFF
        bits -= 16
    return n


values = []
for e in edges:
    values.append(e)
    values.append(-e)
for b in (70, 100, 130, 260, 520):
    values.append(rand_big(b))
    values.append(-rand_big(b))

checksum = 0
failures = 0
for x in values:
    for y in values:
        s = x + y
        d = x - y
        p = x * y
        if s - y != x or d + y != x:
            failures += 1
        if y != 0 and (p // y != x):
            failures += 1
        if y != 0:
            q, r = divmod(x, y)
            if q != x // y or r != x % y or q * y + r != x:
                failures += 1
            if r != 0 and (r < 0) != (y < 0):
                failures += 1
            if abs(r) >= abs(y):
                failures += 1
            checksum = (checksum * 31 + q + r) % 1000000007
        checksum = (checksum * 31 + s + d + p) % 1000000007
    for n in (0, 1, 31, 32, 33, 63, 64, 65, 100):
        if (x << n) >> n != x:
            failures += 1
        if x >> n != x // 2**n:
            failures += 1
        checksum = (checksum * 31 + (x << n) + (x >> n)) % 1000000007
print("failures", failures)
print("checksum", checksum)

# Some results printed in full.
a = 3**100
b = -(7**60)
print(a + b, a - b, a * b)
print(a // b, a % b, -a // b, -a % b, a // -3, a % -3)
print(b >> 1, b >> 70, b >> 200, b << 33, (b + 1) >> 40)
print(a // (2**64 + 1), a % (2**64 + 1), (2**192 - 1) // (2**128 - 1), (2**192) // (2**64))
print((2**96 - 1) // 2**32, -(2**96) // (2**32 + 1), (2**200 + 12345) % (2**100 + 3))
# Normalised back to small ints.
print(2**100 - 2**100 + 5, (2**100 + 7) - 2**100, (2**70 * 3) // 2**70, 2**64 // 2**63, -(2**64) // 2**63)
print(type(2**100 // 2**99), (2**100) >> 99, -(2**100) >> 200)
print(hash(2**100) == hash(2**100 + 0), {2**100: 1}[2**99 * 2], 2**100 == 2**100 * 1, 2**100 < 2**101, -(2**100) < 2**64)
