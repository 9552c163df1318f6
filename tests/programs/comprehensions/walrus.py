data = [1, 5, 12, 7, 30]
big = [y for x in data if (y := x * 2) > 10]
print(big)
n = 0
while (n := n + 1) < 4:
    print(n)
