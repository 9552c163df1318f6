# str.removeprefix, str.removesuffix, str.expandtabs.
for s in ["TestHook", "Test", "", "HookTest", "héllo wörld"]:
    print(repr(s.removeprefix("Test")), repr(s.removesuffix("Test")), repr(s.removeprefix("")), repr(s.removesuffix("ld")))
try:
    "abc".removeprefix(1)
except TypeError as e:
    print(e)
for s in ["a\tb", "ab\tc\td", "\t", "x\n\ty", "12345678\tz", "a\r\tb", "é\tü"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
