total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9, sum([0.1] * 10))
avg = sum([1.5, 2.5, 3.5]) / 3
print(avg, 7 / 3, -7 / 3, 2 / 3 * 3, 1e-10 + 1)
print([i / 4 for i in range(9)])
