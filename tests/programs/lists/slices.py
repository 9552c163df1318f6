a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[-3:], a[:-7], a[8:2:-2])
print(a[100:], a[-100:2], a[5:5])
a[2:4] = ["x", "y", "z"]
print(a)
a[::3] = [0, 0, 0, 0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
