# What is whitespace and what ends a line, for str and for bytes: str's split()/strip()/isspace() take
# \x1c-\x1f, \x85, \xa0 and Unicode's spaces too; bytes' only b" \t\n\r\x0b\x0c". str.splitlines()
# splits on all of CPython's line boundaries, bytes.splitlines() on \n, \r and \r\n only.
seps = "\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000\x0b\x0c"
s = "a\x1cb\x1dc\x1ed\x1fe f\x85g\xa0h\u2003i\u3000j\x0bk"
print(s.split(), s.rsplit(), s.split(None, 2), s.rsplit(None, 2))
print(repr(("\x1f\x1c x \x1e\x1d").strip()), repr("\x1fx\x1f".lstrip()), repr("\x1fx\x1f".rstrip()))
print([c.isspace() for c in seps], "\x1c\x1d".isspace(), "\x1b".isspace(), "\u200b".isspace(), "\u180e".isspace())
for c in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0":
    b = bytes([ord(c)])
    print(repr(c), c.isspace(), b.isspace(), (b"x" + b + b"y").split(), ("x" + c + "y").split(),
          (b + b"z" + b).strip(), bytearray(b"q" + b).rstrip(), (b"x" + b + b"y").rsplit(None, 1))
t = "1\n2\r3\r\n4\x0b5\x0c6\x1c7\x1d8\x1e9\x1f10\x8511\u202812\u202913"
print(t.splitlines(), t.splitlines(True))
bt = b"1\n2\r3\r\n4\x0b5\x0c6\x1c7\x1d8\x1e9\x1f10\x8511\xa012"
print(bt.splitlines(), bt.splitlines(keepends=True), bytearray(bt).splitlines())
print(b"  \x85a\xa0 b\x1c ".split(), b"\x85\xa0".strip(), b" \t\x0b\x0c\r\n".isspace(), b"\x0b\x0c".split())
print("x\x1cy".split("\x1c"), b"x\x1cy".split(b"\x1c"), "\x1c".join(["a", "b"]).split())
