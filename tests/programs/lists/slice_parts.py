# Slices with every mix of parts: lists, tuples, str, bytes, ranges and a class of its own; huge and bool bounds; slice assignment; insert and pop.
a = list(range(10))
t = tuple(a)
for s in [(None, None, None), (2, 5, None), (-3, None, None), (None, -2, None), (8, 2, -1), (None, None, -1), (-100, 100, 3), (5, 1, None), (None, None, 2), (3, None, -2), (100, -100, -3)]:
    lo, hi, st = s
    print(a[lo:hi:st], t[lo:hi:st], "abcdefghij"[lo:hi:st], b"0123456789"[lo:hi:st])
b = a[:]
b[2:5] = [7, 7]
print(b)
b[:0] = (1, 2, 3)
print(b)
b[::2] = [0] * len(b[::2])
print(b)
b[1:3] = b
print(b)
try:
    a[1:2:0]
except ValueError as e:
    print("VE", e)
try:
    a[1.5:2]
except TypeError as e:
    print("TE", e)
print(range(10)[2:8:2])
class C:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
c = C()
print(c[1:2], c[::3], c[1:2:None])
c[1:5] = 3
k = c[:]
print(k.start, k.stop, k.step)
x = [1, 2, 3]
x.insert(0, 9); x.insert(10, 8); x.insert(-1, 7)
print(x, x.pop(0), x.pop(), x.pop(1), x)
print(a[10**30:], a[-10**30:3], a[::10**30], a[::-10**30], a[2**40:], t[:2**62], "abc"[-2**63:])
print(a[True:], a[False:True])
