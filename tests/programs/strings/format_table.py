rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print("{:<10}|{:>5}|{:>8}".format("name", "qty", "price"))
print("-" * 25)
for name, qty, price in rows:
    print("{:<10}|{:>5}|{:>8.2f}".format(name, qty, price))
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}|{'':>5}|{total:>8.2f}")
