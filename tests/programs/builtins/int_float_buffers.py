# int() and float() read a memoryview or an array as the text of its bytes, as they read
# bytes (CPython takes any buffer); with an explicit base only str, bytes and bytearray.
import array

print(int(memoryview(b"123")), int(memoryview(b" -7 ")), int(memoryview(b"1234")[1:3]))
print(float(memoryview(b"1.5")), float(memoryview(b"  -2e3\n")))
print(int(array.array("b", b"12")), float(array.array("B", b"2.5")))
print(int(bytearray(b"42")), int(b"0x1f", 16), int(bytearray(b"11"), 2))
released = memoryview(b"12")
released.release()
for f in (
    lambda: int(memoryview(b"x1")),
    lambda: int(memoryview(b"1"), 16),
    lambda: int(array.array("b", b"1"), 10),
    lambda: int(memoryview(b"")),
    # (A strided or released view offers no simple buffer.)
    lambda: int(memoryview(b"1234")[::2]),
    lambda: float(memoryview(b"1234")[::-1]),
    lambda: int(released),
    lambda: float(released),
):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(memoryview(b"x1"))
except ValueError as e:
    print(str(e).startswith("could not convert string to float: <memory at"))
