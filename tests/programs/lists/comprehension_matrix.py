n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(" ".join(map(str, row)))
diag = [identity[i][i] for i in range(n)]
print(diag, sum(map(sum, identity)))
