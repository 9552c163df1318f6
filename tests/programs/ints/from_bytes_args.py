# int.from_bytes: `signed` is keyword-only (a third positional argument is CPython's TypeError).
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff", "big"))
print(int.from_bytes(b"\x00\x80", byteorder="little", signed=True))
for args in [(b"\xff", "big", True), (b"\x01", "little", False, 1)]:
    try:
        print(int.from_bytes(*args))
    except TypeError as e:
        print("TypeError:", e)
