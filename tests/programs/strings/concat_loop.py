s = ""
for i in range(50):
    s += str(i % 10)
print(s, len(s))
parts = []
for word in ["a", "bb", "ccc"]:
    parts.append(word * 2)
print("+".join(parts))
