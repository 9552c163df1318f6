def sumsq(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
print(sumsq(10), sumsq(1000), sumsq(100000))
print(sum(i * i for i in range(1000)) == sumsq(1000))
