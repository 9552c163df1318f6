print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "a" == "a", "a" != "A")
print(sorted(["banana", "Apple", "cherry", "apple"]), max(["x", "yy", "z"]), min("hello"))
print("abc" is not None, str(1) == "1", "1" == 1)
