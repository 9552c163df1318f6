names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(*[(1, 2), (3, 4), (5, 6)])))
pairs = sorted(zip(ages, names), reverse=True)
print(pairs, [n for _, n in pairs])
