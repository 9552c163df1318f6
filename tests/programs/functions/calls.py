def add(a, b):
    return a + b

def nothing():
    pass

def five(a, b, c, d, e):
    return a * 10000 + b * 1000 + c * 100 + d * 10 + e

def seven(a, b, c, d, e, f, g):
    return five(a, b, c, d, e) * 100 + f * 10 + g

print(add(2, 3), add("a", "b"), nothing())
print(five(1, 2, 3, 4, 5), seven(1, 2, 3, 4, 5, 6, 7))
print(seven(9, 8, 7, 6, 5, 4, 3) - seven(1, 1, 1, 1, 1, 1, 1))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3), ackermann(3, 3))

def early(n):
    for i in range(n):
        if i == 3:
            return i * 100
    return -1

print(early(10), early(2))
