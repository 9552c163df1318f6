# Digits of other scripts: str.isdecimal, isdigit and isnumeric as CPython answers them
# (superscripts and circled digits are digits but not decimal; CJK numerals and fractions
# are numeric only), and int() and float() read the decimal digits of any script and
# Unicode's spaces around them. bytes' digits stay ASCII's.
samples = ["123", "٣", "۴۵", "߀", "३", "௭", "๙", "０１２", "𝟘𝟙", "²", "①", "₃", "½", "Ⅻ", "一二三",
           "万", "٣a", "", " ", "1²", "x", "1_0"]
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())

for s in ["٣", "۱۲۳", "  ४२  ", "\u2003٧\u3000", "-٣", "+１２", "१_००", "০x", "²", "½", "٣.٥"]:
    try:
        print(repr(s), "int", int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
    try:
        print(repr(s), "float", float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)

print(int("٣٤", 8), int("๑๐", 16), int("۱۰۱", 2))
print(b"123".isdigit(), b"\xb2".isdigit(), bytearray(b"\xb3").isdigit(), b"\xb9".isalnum())
try:
    int(b"\xd9\xa3")
except ValueError as e:
    print("ValueError", e)
print(sum(1 for c in map(chr, range(0x80, 0x3000)) if c.isdigit()),
      sum(1 for c in map(chr, range(0x80, 0x3000)) if c.isdecimal()))
for x in [b"x", bytearray(b"1x"), b"\xff", b" 12 ", bytearray(b"7"), b"1.5", b"1.5x", bytearray(b"\xfe")]:
    for f in (int, float):
        try:
            print(f(x))
        except Exception as e:
            print(type(e).__name__, e)
