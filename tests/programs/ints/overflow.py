# Crossing the small-int boundary in both directions, on 32- and 64-bit words.
n = 1
for i in range(70):
    n = n + n
    if i % 10 == 0:
        print(i, n)
while n > 1:
    n = n // 3 - 1
print(n)
m = 1073741823
print(m + 1, m + m, -m - 2, -m - m - 3)
k = 4611686018427387903
print(k + 1, -k - 2, k - (-k))
print(0x3fffffff + 1 - 1, 2147483647 + 1)
