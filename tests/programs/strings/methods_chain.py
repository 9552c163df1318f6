text = "  The Quick  Brown Fox  "
words = text.strip().lower().split()
print(words, "-".join(w.capitalize() for w in words), " ".join(reversed(words)))
acronym = "".join(w[0].upper() for w in words)
print(acronym, len(acronym), acronym.lower().replace("t", "T"))
counts = {c: text.lower().count(c) for c in set(text.lower()) if c.isalpha()}
print(sorted(counts.items()))
