# ord() of one character of one to four bytes, and of strs of other lengths.
for s in ["a", "é", "€", "😀", "ab", "", "é€"]:
    try:
        print(ord(s))
    except TypeError as e:
        print(e)
