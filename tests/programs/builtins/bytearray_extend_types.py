# bytearray.extend takes an iterable of ints or a buffer: an int (or bool, or an object with only
# __index__) is a TypeError, not that many zero bytes as bytearray(n) makes; a str's characters are no ints.
class I:
    def __index__(self):
        return 2


class L:
    def __iter__(self):
        return iter([66, 67])


b = bytearray(b"x")
for x in [3, 0, -1, True, 2**70, I(), 3.5, None, "ab", [300], ["a"], b"yz", [1, 2], memoryview(b"m"), iter([65]),
          L(), range(48, 51), bytearray(b"!"), (), ""]:
    try:
        b.extend(x)
        print(b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, b)
print(bytearray(3))
