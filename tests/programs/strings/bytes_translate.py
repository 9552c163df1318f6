# bytes.maketrans and bytes/bytearray.translate.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], type(t).__name__)
print(b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abc".translate(None, b"b"))
print(bytearray(b"cab").translate(t), bytearray.maketrans(b"a", b"A")[65:98])
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot13))
print(b"keep".translate(None) == b"keep", b"xyz".translate(bytes(range(256)), delete=b"y"))
for bad in (lambda: bytes.maketrans(b"ab", b"x"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
