a = 2 ** 200
b = 3 ** 120
print(a + b, a - b, a * b % 10 ** 20, a // b, a % b, -a // 7, -a % 7)
print(a > b, a == 2 ** 200, hash(a) == hash(2 ** 200), str(a)[:20], len(str(b)), bin(2 ** 70)[:12])
print(pow(3, 200, 1000003), (a >> 190), a.__class__.__name__ if hasattr(a, "__class__") else "int")
x = 1
for i in range(1, 40):
    x *= i
print(x, x % 1000007)
