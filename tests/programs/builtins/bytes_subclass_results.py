# What slicing, +, * and the methods make from a bytes or bytearray subclass's object is of
# the built-in type, as CPython's (once of the subclass).
class B(bytes):
    pass


class BA(bytearray):
    pass


def names(*vs):
    print(*[type(v).__name__ for v in vs])


b = B(b"abcd")
names(b, b[1:3], b[::2], b[:], b + b, b + b"x", b"x" + b, b * 1, b * 2, 2 * b, b[0])
names(b.upper(), b.strip(), b.replace(b"a", b"z"), b.join([b"1", b"2"]), b.split(b"b")[0], b.ljust(6))
print(b[1:3], b + b, b * 2, b[::-1], b == b"abcd", b[1:3] == b"bc")
a = BA(b"abcd")
names(a, a[1:3], a[::2], a + a, a + b"x", b"x" + a, a * 1, 3 * a, a.upper(), a.copy(), a[0])
print(a[1:3], a + a, a * 2, a[::-1])
a += b"e"
a *= 2
names(a)
print(a)


class C(B):
    def __init__(self, *args):
        self.tag = "t"


c = C(b"xy")
names(c, c[:1], c + c, c * 3)
print(c.tag, c[:1], c + c)
