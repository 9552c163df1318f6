# A bytearray's slices can be assigned and deleted (bytes, or iterables of ints); bytes'
# find/count/index take a byte's value.
x = bytearray(range(10))
for i, j, v in [(1, 3, b'\x0a\x14'), (1, 3, b''), (2, 2, [7, 8, 9]), (-3, None, bytearray(b'zz')), (None, None, b'new')]:
    l = bytearray(x)
    l[i:j] = v
    print(l)
l = bytearray(x)
l[::2] = b'abcde'
print(l)
l[1::3] = [0, 0, 0]
print(l)
for bad in (lambda: l.__setitem__(slice(None, None, 2), b'ab'), lambda: l.__setitem__(slice(0, 1), 5),
            lambda: l.__setitem__(slice(0, 1), [300]), lambda: l.__setitem__(slice(0, 1), 'str')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = bytearray(b'0123456789')
del l[2:4]
print(l)
del l[::3]
print(l)
del l[0]
del l[-1]
print(l, len(l))
b = b'0000'
print(b.find(48), b.find(48, 2), b.find(49), b.count(48), b.rfind(48), b.index(48, 1), bytearray(b'ab').find(98))
try:
    b.find(256)
except ValueError as e:
    print(e)
