# str.encode and bytes(str, encoding) by the codec named (UTF-8, ASCII, Latin-1, by any of
# CPython's names), with the error handlers strict, ignore, replace, xmlcharrefreplace and
# backslashreplace; an unknown codec is LookupError. f-strings' !a is ascii().
for enc in ["utf-8", "UTF8", "latin-1", "iso-8859-1", "latin_1", "ascii", "us-ascii"]:
    print(enc, "é".encode(enc) if enc[0] in "uUl" and "ascii" not in enc or enc.startswith("l") or enc.startswith("i") else "A".encode(enc))
print("é".encode("latin-1"), bytes("é", "latin-1"), bytes("é", encoding="utf-8"), bytearray("ü", "latin-1"))
for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(errors, "a日本é€b😀".encode("ascii", errors), "a日é".encode("latin-1", errors=errors))
for text, enc in [("é", "ascii"), ("x€", "latin-1"), ("日本", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
for bad in [lambda: "x".encode("no-such-codec"), lambda: "é".encode("ascii", "nope"), lambda: bytes("x", "nope")]:
    try:
        bad()
    except LookupError as e:
        print("LookupError", e)
print("plain".encode("ascii", "nope"))
try:
    bytes("x")
except TypeError as e:
    print("TypeError", e)
s = "é日"
print(f"{s!a}", f"{s!r}", f"{s!s}", f"{[s]!a:>20}", "{!a}".format(s), ascii(s))
