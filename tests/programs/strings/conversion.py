print(str(42), str(-3.5), str(True), str(None), str([1, "2"]), str((1,)), str({"a": 1}))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("tab\there"), repr("\\"), repr("\x00\x7f"))
print(int("  12  "), float(" 1e3 "), int("-5"), int("+5"), int("1_000"), float("1_0.5"))
for bad in ["", "1.5", "abc", "1e"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
