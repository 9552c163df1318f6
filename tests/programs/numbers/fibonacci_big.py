a, b = 0, 1
for i in range(200):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 10 ** 9, a.bit_length() if hasattr(a, "bit_length") else len(bin(a)) - 2)
