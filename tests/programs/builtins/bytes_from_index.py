# bytes(x) and bytearray(x) of an object with __index__ make that many zero bytes, as of an int
# (even when it is iterable too); a TypeError from __index__ falls back to iterating it.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Both(I):
    def __iter__(self):
        return iter([1, 2])


class BadIndex:
    def __index__(self):
        raise TypeError("no")

    def __iter__(self):
        return iter([7, 8])


print(bytes(I(3)), bytearray(I(2)), bytes(I(0)), bytes(True), bytearray(False), bytes(Both(4)))
print(bytes(BadIndex()), bytearray(BadIndex()), len(bytes(I(1000))), bytes(3), bytearray(4))
for bad in (lambda: bytes(I(-1)), lambda: bytearray(I(-5)), lambda: bytes(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: bytes(2**70), lambda: bytearray(-(2**70)), lambda: bytes(I(2**100))):
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)


class Raises:
    def __index__(self):
        raise KeyError("k")


try:
    bytes(Raises())
except KeyError as e:
    print("KeyError:", e)
try:
    bytes(I("x"))
except TypeError as e:
    print("TypeError:", e)
for t in (bytes, bytearray):
    for x in (I("x"), object(), 1.5):
        try:
            t(x)
        except TypeError as e:
            print("TypeError:", e)
