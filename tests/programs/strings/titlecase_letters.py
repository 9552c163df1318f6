# Titlecase letters (category Lt, the digraphs ǅ ǈ ǋ ǲ): istitle, isupper, islower and swapcase as CPython.
for s in ("ǅ", "ǅungla", "Ǆ", "ǆ", "ᾈ", "Hello World", "hello", "ǈubljana Ǌ", "ᾼ ῌ ῼ", "\u0345", "ǲ x", "Xǅ"):
    print(s, s.istitle(), s.swapcase(), s.upper(), s.lower(), s.isupper(), s.islower())
print("ǅungla".title(), "ǆungla".title(), "ǆUNGLA".capitalize())
