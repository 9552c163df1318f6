# Complex arithmetic with complex, float, int and bool operands, in-place, abs() and compares.
z = 0
c = complex(0.25, -0.5)
for i in range(6):
    z = z * z + c
    print(z, abs(z) > 1, abs(z) < 1.0)
print(c + 1, 1 + c, c - 2.5, 2.5 - c, c * 3, 3 * c, c / 2, 2 / c, c / c, True + c, c * False)
w = c
w += 1
w *= c
w -= 0.5
w /= 2
print(w)
try:
    c / 0
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    c / complex(0, 0)
except ZeroDivisionError as e:
    print("ZDE", e)
print(abs(complex(3, 4)), abs(-2.5), abs(-7), abs(True))
print(2.0 > 1, 0.5 < 1, 1e30 > 10**20, 3.0 == 3, 3.5 != 3, -0.0 == 0)
x = 1
x <<= 3
y = -17
y >>= 2
print(x, y)
