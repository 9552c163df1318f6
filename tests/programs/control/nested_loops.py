total = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(10):
        if j > i:
            break
        total += i * j
print(total)
grid = []
y = 0
while y < 3:
    row = []
    x = 0
    while x < 4:
        row.append((x + y) % 2)
        x += 1
    grid.append(row)
    y += 1
print(grid)
