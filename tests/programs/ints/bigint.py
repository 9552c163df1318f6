x = 2 ** 100
print(x)
print(x * x, x - x, -x)
f = 1
for i in range(1, 31):
    f = f * i
print("30! =", f)
print(f // 7, f % 1000007, f // -13, f % -13)
a = 1 << 64
print(a, a >> 3, a - 1, (a - 1) & 0xffff, a | 5, a ^ (a + 7))
print(123456789 * 987654321, 99999 ** 5)
print(-2 ** 63, (-2) ** 63, 3 ** 40 // 3 ** 38)
big = 10 ** 30
print(big > 10 ** 29, big == 10 ** 30, big < 5, 5 < big, big != big + 1)
