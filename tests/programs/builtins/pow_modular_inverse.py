# pow(b, -e, m): the inverse of b modulo m raised to e, small and big ints, negative bases and moduli;
# ValueError when b and m share a factor.
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(-3, -3, -7), pow(10, -1, 7))
print(pow(0, -1, 1), pow(5, -2, 1), pow(5, -1, -1), pow(True, -1, 3), pow(1, -1, 2))
p = 2**127 - 1
x = pow(2**100 + 3, -5, p)
print(x, x * pow(2**100 + 3, 5, p) % p)
print(pow(12345, -1, 10**30 + 1), pow(-(10**25), -3, 2**89 - 1), pow(2**70 + 1, -1, 2**64))
for m in [7, 10, 97, -11, 2**61 - 1]:
    print(m, [pow(b, -1, m) for b in range(1, 12) if b % m and b % 2 and b % 5])
for b, m in [(2, 4), (6, 9), (0, 7), (14, 7), (2**80, 2**65), (-4, 6)]:
    try:
        print(pow(b, -1, m))
    except ValueError as e:
        print("ValueError", e)
try:
    pow(3, -1, 0)
except ValueError as e:
    print("ValueError", e)
