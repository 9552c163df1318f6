# str.casefold is Unicode's full case folding (CaseFolding.txt's C and F), not lower case.
print("µ".casefold(), "µ".casefold() == "Μ".casefold(), "ϐ".casefold(), "Ꭰ".casefold(), "ŉ".casefold(), "ᾈ".casefold())
print("ꭰꮿᏸ".casefold(), "ẞ".casefold(), "ß".casefold(), "ﬃ".casefold(), "ΐ".casefold(), "ᲀᲈ".casefold())
print("İ".casefold(), "ı".casefold(), "ς".casefold(), "ſ".casefold(), "ϴ".casefold(), "ǅ".casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ᾳ".casefold(), "ﬓ".casefold(), "ẚ".casefold())
# Every code point, against CPython's table (a count and a checksum keep the output short).
n = 0
h = 0
for c in range(0x80, 0x20000):
    if 0xD800 <= c < 0xE000:
        continue
    f = chr(c).casefold()
    if f != chr(c).lower():
        n += 1
        for x in f:
            h = (h * 31 + ord(x)) % 1000000007
print(n, h)
