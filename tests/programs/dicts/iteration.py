counts = {}
for word in "the cat and the dog and the bird".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for k in counts:
    print(k, end=" ")
print()
for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(k, v)
print({k: v for k, v in counts.items() if v > 1})
print(max(counts, key=counts.get))
