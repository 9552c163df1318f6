x = 1
for i in range(200):
    x = x * 3 + i
print(x % 1000000007, len(str(x)))
fibs = [0, 1]
for i in range(300):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1] % 10 ** 12, len(str(fibs[-1])))
