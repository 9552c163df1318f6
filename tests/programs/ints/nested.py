total = 0
for i in range(30):
    for j in range(i, 30):
        for k in range(j, 30, 7):
            total = total + i * j - k
print(total)
count = 0
i = 0
while i < 50:
    j = 0
    while j < i:
        if (i + j) % 5 == 0:
            count += 1
        j += 1
    i += 1
print(count)
