# Calls with * and **, displays with * and **, long displays, starred targets, big int, bytes
# and complex literals, slice objects: each as bytecode (tests/programs/bytecode runs this
# file with --code bytecode too).


def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


class Box:
    def __init__(self, *items):
        self.items = list(items)

    def get(self, *args, **kw):
        return (len(self.items), args, sorted(kw.items()))

    def __getitem__(self, key):
        return key

    def __delitem__(self, key):
        print("del", key)


def calls():
    args = [10, 20, 30]
    kw = {"c": 5, "z": 9}
    print(f(*args))
    print(f(1, *args, c=7))
    print(f(**{"a": 4}))
    print(f(*args, **kw))
    print(f(0, *(), **{}, d=1))
    print(f(*"xy", *[1], **kw, e=2))
    b = Box(*range(4))
    print(b.get(*args, k=1, **{"j": 2}))
    print(Box(*b.items).items)
    g = print
    g(*["a", "b"], sep="-")
    try:
        f(*5)
    except TypeError:
        print("TypeError")
    try:
        f(**[1])
    except TypeError as e:
        print("TypeError")
    try:
        f(1, **{"a": 2})
    except TypeError as e:
        print("TypeError", e)


def displays():
    a = [1, 2]
    t = (*a, 3, *a)
    l = [0, *t, *range(3), *"ab"]
    print(t, l)
    x = [*l]
    x = [*x, len(x)]
    print(x)
    d = {"a": 1, **{"b": 2, "a": 3}, "c": 4}
    print(d)
    e = {**d}
    e = {**e, "d": 5}
    print(e)
    try:
        print({**[1, 2]})
    except TypeError as err:
        print("TypeError", err)
    print({*a}, {*a, 5} == {5, *a}, {*"a", *()})
    try:
        print({*5})
    except TypeError as err:
        print("TypeError", err)
    big = [i * i for i in range(3)] + [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46,
        47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68,
        69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
        110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
        128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145,
        146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163,
        164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,
        182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199,
        200, 201, 202, 203, 204, 205, 206, 207, 208, 209,
    ]
    print(len(big), sum(big), big[-1])
    tbig = tuple(big)
    print(len(tbig), tbig[205])
    names = {
        0: "a", 1: "b", 2: "c", 3: "d", 4: "e", 5: "f", 6: "g", 7: "h", 8: "i", 9: "j", 10: "k",
        11: "l", 12: "m", 13: "n", 14: "o", 15: "p", 16: "q", 17: "r", 18: "s", 19: "t", 20: "u",
        21: "v", 22: "w", 23: "x", 24: "y", 25: "z", 26: "A", 27: "B", 28: "C", 29: "D", 30: "E",
        31: "F", 32: "G", 33: "H", 34: "I", 35: "J", 36: "K", 37: "L", 38: "M", 39: "N", 40: "O",
        41: "P", 42: "Q", 43: "R", 44: "S", 45: "T", 46: "U", 47: "V", 48: "W", 49: "X", 50: "Y",
        51: "Z", 52: "0", 53: "1", 54: "2", 55: "3", 56: "4", 57: "5", 58: "6", 59: "7", 60: "8",
        61: "9", 62: "!", 63: "?", 64: ".", 65: ",", 66: ";", 67: ":", 68: "-", 69: "+", 70: "*",
        71: "/", 72: "=", 73: "<", 74: ">", 75: "(", 76: ")", 77: "[", 78: "]", 79: "{", 80: "}",
        81: "@", 82: "#", 83: "$", 84: "%", 85: "^", 86: "&", 87: "_", 88: "~", 89: "|", 90: "'",
        91: '"', 92: "`", 93: " ", 94: "aa", 95: "bb", 96: "cc", 97: "dd", 98: "ee", 99: "ff",
        100: "gg", 101: "hh", 0: "again",
    }
    print(len(names), names[0], names[101])


def targets():
    a, *b = [1, 2, 3]
    print(a, b)
    *a, b = "xyz"
    print(a, b)
    a, *b, c = range(5)
    print(a, b, c)
    [a, *b] = (9,)
    print(a, b)
    box = Box()
    box.first, *box.items = 1, 2, 3
    print(box.first, box.items)
    d = {}
    *d["k"], d["j"] = 1, 2
    print(d)
    for x, *y in [(1, 2, 3), (4,)]:
        print(x, y)
    try:
        a, *b, c = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        a, *b = 5
    except TypeError as e:
        print("TypeError", e)


def literals():
    n = 123456789012345678901234567890
    print(n, n + 1, -98765432109876543210, 2**64 == 18446744073709551616)
    for _ in range(2):
        print(0x7FFFFFFFFFFFFFFFFFFF, type(0xFFFFFFFFFFFF))
    bs = b"bytes\x00\xff"
    print(bs, len(bs), b"" == bytes(), bs[1:3])
    z = 2j
    print(z, 1.5 + 3j, (1 + 2j) * 3j, abs(3 + 4j))
    print(..., Ellipsis is ..., type(...))


def long_literals(x):
    # (Literals of 128 bytes or more: a length of two varint bytes, then more instructions.)
    b = b"abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab"
    n = 1234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890234567890
    return len(b), n % 1000003, -x, ~x


def slices():
    box = Box()
    print(box[1:2], box[::3], box[1:2, 3], box[:, ::-1])
    del box[1:5]
    l = list(range(10))
    del l[2:8:2]
    print(l)
    del l[:]
    print(l)
    s = slice(1, 3)
    print(s, "abcdef"[s])


calls()
displays()
targets()
literals()
print(long_literals(5))
slices()
print(*[1, 2], *"ab", sep=",")
print(f(*[1, 2, 3], **{"q": 0}))
