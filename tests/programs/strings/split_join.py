s = "  alpha  beta\tgamma\n delta "
print(s.split(), s.split(" "), "a,b,,c".split(","), "a,b,c".split(",", 1), "a b c".rsplit(" ", 1))
print("".split(), "x".split(","), " ".join(["1", "2"]), ",".join("abc"), "".join([]))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("line1\nline2\r\nline3".splitlines())
