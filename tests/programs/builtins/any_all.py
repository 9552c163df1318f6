print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
words = ["apple", "banana", "cherry"]
print(all(w.islower() for w in words), any("an" in w for w in words), any(len(w) > 10 for w in words))
