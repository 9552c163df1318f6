def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(matmul(a, b), transpose(a))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(ident, [[1, 2, 3]] * 3) if False else ident)
m = [[2, 0], [0, 2]]
for _ in range(3):
    m = matmul(m, [[2, 0], [0, 2]])
print(m)
