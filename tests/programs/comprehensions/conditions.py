nums = range(1, 31)
print([n for n in nums if n % 3 == 0 if n % 5 == 0], ["fizz" if n % 3 == 0 else n for n in range(1, 7)])
words = ["Apple", "bob", "Cat", "dog"]
print([w.lower() for w in words if w[0].isupper()], {w[0]: len(w) for w in words}, sorted({len(w) for w in words}))
