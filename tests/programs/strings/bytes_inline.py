# Indexing bytes and bytearray inline (generated code): bytes give small ints, negative indexes count from the
# end, and everything else is CPython's error.
b = b"hello"
ba = bytearray(b"world!")
print(b[0], b[4], b[-1], b[-5], ba[0], ba[5], ba[-1], ba[-6])
for bad in (5, -6, 100):
    try:
        print(b[bad])
    except IndexError as e:
        print("IndexError", e)
for bad in (6, -7):
    try:
        print(ba[bad])
    except IndexError as e:
        print("IndexError", e)
ba[0] = 87
ba[-1] = 63
ba[2] = 0
ba[3] = 255
print(ba)
for value in (256, -1, 3.5, "x"):
    try:
        ba[1] = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba[6] = 1
except IndexError as e:
    print("IndexError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
print(b[1:3], ba[::2], b[True], ba[False])


def checksum(data):
    s = 0
    for i in range(len(data)):
        s = (s * 31 + data[i]) & 0xFFFF
    return s


def scramble(buf, key):
    for i in range(len(buf)):
        buf[i] = buf[i] ^ key[i % len(key)]
    return buf


print(checksum(b"abcdef"), checksum(bytearray(range(200))), checksum([1, 2, 3]), checksum((4, 5)))
print(scramble(bytearray(b"secret"), b"\x01\x02"), scramble([1, 2, 3], [7]))
mv = memoryview(bytearray(b"abc"))
print(mv[0], mv[-1])
