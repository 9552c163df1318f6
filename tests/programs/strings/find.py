s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.find("o", 20, 30))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith("lazy", 0, 39), s.startswith("quick", 4))
try:
    s.index("cat")
except ValueError as e:
    print(e)
