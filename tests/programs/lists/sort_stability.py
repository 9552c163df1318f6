records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_both = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1], reverse=True)
print(by_both)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
