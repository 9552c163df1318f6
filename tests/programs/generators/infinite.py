def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    return [x for _, x in zip(range(n), it)]
squares = (n * n for n in naturals())
print(take(5, squares), take(3, squares))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
