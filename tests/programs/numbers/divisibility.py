def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
print(divisors(36), divisors(97), len(divisors(720720)))
perfect = [n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n]
print(perfect)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
