# A case method found by getattr with its name written in a string has Unicode's answers, as
# one called by name.
s = "é"
for name in ["upper", "lower", "isalpha", "title", "casefold"]:
    print(name, getattr(s, name)(), getattr("ÉΣ", name)())
