x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
x <<= 2
x >>= 1
x |= 1
x &= 0xff
x ^= 0b1010
print(x)
y = 1.5
y += 1
y *= 2
y /= 4
print(y)
s = "a"
s *= 3
s += "b"
print(s)
l = [1]
l *= 3
print(l)
