# The UTF-16 and UTF-32 codecs: the plain names write a byte order mark (little-endian) and
# read one (either order, little-endian without), -le and -be neither; characters past the
# BMP as surrogate pairs in UTF-16; odd bytes, lone surrogates and code points out of range
# are UnicodeDecodeError (CPython's reasons and byte ranges), or U+FFFD or nothing with
# 'replace' and 'ignore'.
texts = ["", "ab", "é日本", "a\U0001f600b", "\U0010ffff\U00010000", "\ufeffx"]
codecs = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_16le", "U32", "utf-32BE"]
for enc in codecs:
    for t in texts:
        b = t.encode(enc)
        print(enc, ascii(t), b, b.decode(enc) == t, ascii(bytes(t, enc).decode(enc)))
print("ab".encode("utf-16-le"), b"a\x00b\x00".decode("utf-16-le"), bytearray(b"\x00a").decode("utf-16-be"))
print(ascii(b"\xfe\xff\x00a\xd8=\xde\x00".decode("utf-16")), ascii(b"\x00\x00\xfe\xff\x00\x01\xf6\x00".decode("utf-32")))
print(ascii(b"\xff\xfeab".decode("utf-16-le")), ascii(b"\xff\xfe".decode("utf-16")), ascii(b"\xff\xfe\x00\x00".decode("utf-32")))
print(ascii(str(b"h\x00i\x00", "utf-16-le")), ascii(str(b"h\x00i\x00", encoding="utf-16")))
bad = [
    (b"a\x00b", "utf-16-le"),
    (b"a\x00b", "utf-16-be"),
    (b"\xff\xfea", "utf-16"),
    (b"\xff", "utf-16"),
    (b"\x00\xd8a\x00", "utf-16-le"),
    (b"\x00\xdca\x00", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"),
    (b"\xd8\x00", "utf-16-be"),
    (b"\x00\xd8a", "utf-16-le"),
    (b"\x00\xd8\x00\xd8\x00\xdc", "utf-16-le"),
    (b"a\x00\x00", "utf-32-le"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
    (b"a\x00\x00\x00\x00\xd8\x00\x00b", "utf-32"),
    (b"\xff\xfe\x00\x00a", "utf-32"),
    (b"\xff\xfe\x00", "utf-32"),
    (b"\x00\x00\x00\x00\x01\x00", "utf-32-be"),
]
for data, enc in bad:
    try:
        print("ok?", ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e, e.encoding, e.start, e.end, e.reason)
    print(" ", ascii(data.decode(enc, "replace")), ascii(data.decode(enc, errors="ignore")))
try:
    b"\x00\xdc".decode("utf-16-le", "nope")
except LookupError as e:
    print("LookupError", e)
print(b"a\x00".decode("utf-16-le", "nope"), "x".encode("utf-32-le", "nope"))
