data = [5, 3, 8, 1, 9, 2]
i = 0
while (x := data[i]) != 1:
    i += 1
print(i, x)
if (n := len(data)) > 4:
    print("long", n)
print([y for v in data if (y := v * 10) > 40])
