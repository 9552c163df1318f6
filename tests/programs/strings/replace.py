s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"), "aaa".replace("a", "bb"), "abc".replace("", "-"))
