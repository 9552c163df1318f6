# Case mappings and character classes of every code point as Unicode 14.0 (CPython 3.11's)
# gives them: counts and checksums per method over the planes in use. (Not isalpha and
# isidentifier: they take the spacing marks, `ा`, that are Alphabetic: docs/language.md.)
def check(name, f):
    n = 0
    h = 0
    for c in range(0x80, 0x32000):
        if 0xD800 <= c < 0xE000:
            continue
        r = f(chr(c))
        if r is True:
            n += 1
            h = (h * 31 + c) % 1000000007
        elif r is not False and r != chr(c):
            n += 1
            for x in r:
                h = (h * 31 + ord(x)) % 1000000007
    print(name, n, h)

check("upper", str.upper)
check("lower", str.lower)
check("title", str.title)
check("swapcase", str.swapcase)
check("islower", str.islower)
check("isupper", str.isupper)
check("istitle", str.istitle)
check("identifier_continue", lambda s: ("a" + s).isidentifier())
print("ƛ".upper(), "ɤ".upper(), "ꟓ".upper(), "ꟕ".title(), "ʕ".islower(), "ꟲ".islower(), "\U0001e030".isalpha())
print("℘".isidentifier(), "℮x".isidentifier(), "a·b".isidentifier(), "a‿b".isidentifier(), "x\u0301".isidentifier(), "\u0301".isidentifier())
print("x⃝".isidentifier(), "Ⓐ".isalpha(), "\u0947".isalpha(), "x\u093e".isidentifier(), "a²".isidentifier(), "a٣".isidentifier(), "aⅣ".isidentifier())
