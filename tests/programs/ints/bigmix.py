big = 2**100
vals = [0, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63, big, -big, big + 1, -big - 1]
for a in vals:
    print([(a < b, a == b, a > b) for b in vals])
x = 3**80
print(x + 5, 5 + x, x - 5, 5 - x, x * 7, 7 * x, x * -7, -7 - x, x // 7, x % 1000, -x // 3)
print(x * x - x, (x << 10) >> 3, x & 0xffff, x | 1, x ^ x)
y = 1
for i in range(1, 60):
    y = y * i + i
print(y, y % 997, divmod(y, 12345))
