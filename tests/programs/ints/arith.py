def row(a, b):
    print(a, b, a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b)

def rows(a):
    row(a, 3)
    row(a, -3)
    row(a, 1)
    row(a, 7)
    row(a, -13)

rows(7)
rows(-7)
rows(0)
rows(1)
rows(-1)
rows(13)
rows(-100)
rows(2 ** 40)
rows(-(2 ** 40))
print(2 ** 0, 2 ** 1, (-3) ** 3, 0 ** 0)
print(1 << 0, 5 << 3, -5 << 2, 100 >> 2, -100 >> 3, -1 >> 40, 1 >> 100)
print(~0, ~-1, ~12345, -(-5), +7)
print(True + True, True * 10, False - 1, True << 3)
print(abs(-5), abs(5), abs(-2 ** 70), abs(True))
