d = {}
for word in "one two three four five".split():
    d[word] = len(word)
print(list(d), list(d.values()))
d["two"] = 99
del d["one"]
d["one"] = 1
print(list(d.items()))
print({k: d[k] for k in sorted(d, key=d.get)})
