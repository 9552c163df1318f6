for w in [1, 5, 8]:
    print(repr("ab".center(w)), repr("ab".ljust(w, ".")), repr("ab".rjust(w, "*")), repr("42".zfill(w)), repr("-42".zfill(w)))
print("abc".center(6, "-"), "abc".center(7, "-"))
