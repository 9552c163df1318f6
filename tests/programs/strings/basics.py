s = "hello"
t = 'world'
print(s + " " + t)
print(s * 3, 3 * "ab", "x" * 0, "y" * -2)
print(len(s), len(""), len("héllo wörld"), len("日本語"))
print(repr(s), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
print(s == "hello", s != t, s < t, "abc" < "abd", "" < "a", "b" > "abc")
print(str(42), str(-7), str(2 ** 70), str(True), str(None), str("s"))
print(repr(42), repr(None), repr(False))
print("a" + str(1) + str(2) * 2)
if s:
    print("non-empty")
if not "":
    print("empty is false")
