# An array's bytes where a bytes-like object is taken: bytes(), bytearray(), comparisons
# with bytes, and binascii/struct reading them.
import binascii
import struct
from array import array

a = array("h", [1, -2, 300])
print(bytes(a), bytearray(a))
print(bytes(array("B", [65, 66, 67])) == b"ABC")
print(binascii.hexlify(bytes(array("I", [0xDEADBEEF]))))
print(struct.unpack("<3h", bytes(a)))
print(bytes(array("f", [1.5])), bytes(array("d")))
b = bytearray(a)
b[0] = 9
print(a[0], b[:2])
