text = "mississippi"
counts = {}
for ch in text:
    counts.setdefault(ch, 0)
    counts[ch] += 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inverted = {v: k for k, v in counts.items()}
print(inverted)
