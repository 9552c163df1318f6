a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "x", 2 ** 70, None
x, y, z = z, x, y
print(x, y, z)
p = q = 7
print(p, q)
def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
print(fib_iter(10), fib_iter(100))
