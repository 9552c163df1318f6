# array: all typecodes but l/L (ranges, bytes), list methods, slices, operators, errors.
from array import array

for code, values in [("b", [-128, 0, 127]), ("B", [0, 200, 255]), ("h", [-32768, 5, 32767]),
                     ("H", [0, 40000, 65535]), ("i", [-2147483648, 7, 2147483647]),
                     ("I", [0, 3000000000, 4294967295]), ("q", [-2**63, 1, 2**63 - 1]),
                     ("Q", [0, 2**40, 2**64 - 1]), ("f", [1.5, -0.1, 3]), ("d", [0.1, -2.5, 7])]:
    a = array(code, values)
    data = a.tobytes()
    b = array(code, data)
    print(a, a.typecode, a.itemsize, len(a), data, b == a, b.tolist())
    a.byteswap()
    print(a.tobytes()[:a.itemsize] == data[a.itemsize - 1::-1], end=" ")
    a.byteswap()
    print(a == b, a[1], a[-1], array(code), array(code, a), array(code, (1, 2)))

a = array("i", [5, 1, 4])
a.append(1)
a.extend([9, 2])
a.extend(array("i", [3]))
a.insert(0, 8)
a.insert(100, 6)
a.insert(-100, 0)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4, 2), a.count(1), a.count(7), 9 in a, 7 in a)
a.reverse()
a.fromlist([10, 11])
a.frombytes(b"\x0c\x00\x00\x00")
print(a, a.tolist(), list(a), [x * 2 for x in a], sum(a), len(a))
print(a[2:5], a[::-1], a[::3], a[100:], a[-2:], type(a[1:2]).__name__)
a[0] = -1
a[1:3] = array("i", [20, 21, 22])
a[::4] = array("i", [7, 7, 7])
print(a)
del a[0]
del a[::2]
del a[-1]
print(a, bool(a), bool(array("d")))
h = array("h", [1, 2])
print(h + array("h", [3]), h * 2, 3 * h, h * 0, h)
h += array("h", [9])
h *= 2
print(h, h == array("h", [1, 2, 9, 1, 2, 9]), h != h, h == array("d", [1, 2, 9, 1, 2, 9.0]))
print(array("b", [1, 2]) < array("b", [1, 3]), array("b", [1, 2]) < array("b", [1, 2, 0]),
      array("B", [5]) >= array("B", [5]), array("i", [1]) == [1])
print(array("b", [True, False]), array("d", [True, 2]), array("f", [0.1, 1e39, -1e39]))
print(array("H", b"\x01\x02\x03\x04"), array("q", bytearray(8)), array("d", array("i", [1, 2])))
x = array("B", range(5))
x[1:4] = x
print(x, array("I", [7]) * 3, list(reversed(x)))


def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)


for code, big, small in [("b", 128, -129), ("B", 256, -1), ("h", 32768, -32769), ("H", 65536, -1),
                         ("i", 2**31, -2**31 - 1), ("I", 2**32, -1), ("q", 2**63, -2**63 - 1),
                         ("Q", 2**64, -1)]:
    attempt(lambda: array(code, [big]))
    attempt(lambda: array(code).append(small))
attempt(lambda: array("b", [40000]))
attempt(lambda: array("H", [-40000]))
for code, value in [("i", 1.5), ("B", "x"), ("d", "x"), ("f", None)]:
    attempt(lambda: array(code, [1]).insert(0, value))
attempt(lambda: array("z"))
attempt(lambda: array("ii"))
attempt(lambda: array("i", "abc"))
attempt(lambda: array("i", b"abc"))
attempt(lambda: array("i", 5))
attempt(lambda: array("i", array("d", [1.5])))
a = array("i", [1, 2, 3])
attempt(lambda: a[3])
attempt(lambda: a["x"])
attempt(lambda: a.__setitem__(-4, 1))
attempt(lambda: a.__setitem__(slice(0, 2), [1]))
attempt(lambda: a.__setitem__(slice(0, 2), array("h", [1])))
attempt(lambda: a.__setitem__(slice(None, None, 2), array("i", [1])))
attempt(lambda: a.__delitem__(3))
attempt(lambda: a.pop(5))
attempt(lambda: array("b").pop())
attempt(lambda: a.remove(9))
attempt(lambda: a.index(9))
attempt(lambda: a + [1])
attempt(lambda: a + array("h"))
attempt(lambda: a.__iadd__([1]))
attempt(lambda: a.extend(array("b", [1])))
attempt(lambda: a.extend([4, 2.5]))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.fromlist([5, "x"]))
attempt(lambda: a.frombytes(b"abcde"))
attempt(lambda: a.frombytes("abcd"))
attempt(lambda: a * 1.5)
attempt(lambda: a.insert(1.0, 5))
print(a)
