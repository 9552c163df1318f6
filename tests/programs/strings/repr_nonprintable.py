# repr() escapes the characters beyond ASCII that are not printable (controls, format
# characters, separators but the space, private use, unassigned) as \x, \u or \U, and
# str.isprintable() answers the same way; printable ones, combining marks too, stay as they
# are.
samples = ["a\uffff", "\U0001ffff", "\xad", "\u2028", "\u2029", "\xa0x", "\x85", "\u200b",
           "\ue000", "\U000f0000", "\u3000", "e\u0301", "\u0301", "日本", "\U0001F600", "ÿ",
           "\u00e9t\u00e9", "\ufeff", "\u061c"]
for s in samples:
    print(repr(s), s.isprintable(), len(repr(s)))
print(["\xad", "\u2028"], ("\x85",), {"k\ufeff": 1})
print("%r" % "\u200b", "{!r}".format("\u2029"), f"{'x' + chr(0xad)!r}")
print(ascii("é\uffff"), repr(chr(0x10ffff)), chr(0x378).isprintable())
