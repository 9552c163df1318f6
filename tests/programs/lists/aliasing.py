a = [[0] * 2] * 2
a[0][0] = 1
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 1
print(b)
c = a[:]
c.append(5)
print(len(a), len(c), c[0] is a[0])
d = list(b)
d[1] = "x"
print(b, d)
