# bytes.join copies the pieces once, list.extend of a list copies once, bytearray(n) is made in place.
print(b"-".join([b"a", bytearray(b"bc"), memoryview(b"de")]), bytearray(b", ").join((b"x", b"y")), b"".join([]), b"ab".join([b"1"]))
print(type(bytearray(b"").join([b"a"])).__name__, b"".join(iter([b"q", b"r"])))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(e)
try:
    b"".join([1])
except TypeError as e:
    print(e)
x = bytearray(10)
print(x, bytes(3), len(bytearray(0)), bytes(0))
a = [1, 2]
a.extend(a)
a.extend((5, 6))
a.extend(range(3))
a.extend(x * 2 for x in range(2))
a.extend("ab")
print(a)
class L(list):
    def __iter__(self):
        return iter([9])
a = []
a.extend(L([1, 2]))
print(a)
try:
    a.extend(5)
except TypeError as e:
    print(e)
big = bytearray(200000)
print(len(big), len(b"".join([b"ab"] * 10000)))
r = list(range(15000))
b = []
b.extend(r)
print(len(b))
