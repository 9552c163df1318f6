words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower, reverse=True))
n = [5, -3, 2, -8, 0]
n.sort(key=abs)
print(n)
n.sort(reverse=True)
print(n)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
