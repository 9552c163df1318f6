def counter(start):
    while True:
        yield start
        start += 1
gens = [counter(i * 100) for i in range(20)]
for _ in range(3):
    print([next(g) for g in gens][:5])
totals = [sum(next(g) for _ in range(10)) for g in gens]
print(totals[:4], len(totals))
