x = 10
result = [x * y for y in range(3)]
print(result, x)
def f(n):
    return [[n * i + j for j in range(n)] for i in range(n)]
print(f(3))
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table[3][2], table)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
