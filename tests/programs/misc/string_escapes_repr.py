items = ["plain", "tab\t", "new\nline", "quote'", 'dq"', "both'\"", "back\\slash", "bell\x07", "é", "\u2603"]
for s in items:
    print(repr(s), len(s))
print(repr(items)[:60])
