# Ints past a machine word and up to 64 bits, computed in 64 bits by the runtime, and the
# edges where they become small ints again or big ints.
edges = [2**30 - 1, 2**30, -(2**30), 2**31, 2**62, 2**63 - 1, -(2**63), 2**63, 3037000499, 3037000500]
for a in edges:
    for b in (1, -1, 2, 3037000499, 2**32, -(2**31)):
        print(a + b, a - b, b - a, a * b)
x = 1
for i in range(70):
    x = x * 3 + i
    x -= 2 * i
print(x, type(x).__name__)
s = 0
for i in range(100000, 100100):
    s += i * i
    s -= 1
print(s)
n = 2**40
print(n * n, n * n // n == n, (n + 1) * (n - 1) == n * n - 1)
m = -(2**63)
print(m * -1, m - 1, m + m, -m)
