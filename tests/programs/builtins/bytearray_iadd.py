# `ba += x` extends the bytearray itself (other names see it); bytes + what is not bytes-like
# is CPython's TypeError.
ba = bytearray(b"x")
alias = ba
ba += b"y"
print(ba, alias is ba, alias)
ba += memoryview(b"zz")
print(ba)
import array
ba += array.array("B", [65, 66])
print(ba, len(ba))
b = b"q"
c = b
b += b"r"
print(b, c, b is c)
try:
    ba += "s"
except TypeError as e:
    print("TypeError", e)
try:
    ba += [1]
except TypeError as e:
    print("TypeError", e)
for i in range(100):
    ba += b"ab"
print(len(ba), ba[-4:], alias is ba)
try:
    b"a" + "s"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" + 1
except TypeError as e:
    print("TypeError", e)
class R:
    def __radd__(self, o):
        return "radd"
print(b"a" + R(), bytearray(b"a") + R())
