# `+` and `+=` on lists, tuples and strs: new objects, the left one extended in place, itself added to itself.
a = [1, 2]
b = a
a += a
print(a, b is a)
a += [3]
a += []
print(a, len(a))
c = a + a
print(c, c is a, a)
t = (1,) + (2, 3)
t += t
print(t)
s = "ab"
s += s
print(s + "c", s)
e = []
for i in range(20):
    e += [i]
print(e, [] + [], () + ())
try:
    [1] + (2,)
except TypeError as x:
    print(x)
try:
    (1,) + [2]
except TypeError as x:
    print(x)
try:
    "a" + 1
except TypeError as x:
    print(x)
l = [0]
l += (1, 2)
l += "xy"
l += range(2)
print(l)
