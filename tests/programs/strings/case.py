s = "Hello World 123"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize(), "mIxEd".capitalize())
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "12a".isdigit(), " \t".isspace(), "".isspace(), "a1".isalnum(), "ABC".isupper(), "abc".islower(), "Abc".islower())
