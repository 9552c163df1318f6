# bytes' and bytearray's isascii, istitle, removeprefix, removesuffix and expandtabs.
print(b"abc".isascii(), b"a\xffc".isascii(), b"Abc Def".istitle(), b"abc".istitle(), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"), b"a\tb".expandtabs(4))
print(bytearray(b"Ab").istitle(), bytearray(b"ab").removeprefix(b"a"), b"".isascii(), b"x".removeprefix(b"y"))
