memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
def ways(n, coins=(1, 5, 10, 25), cache={}):
    key = (n, len(coins))
    if key in cache:
        return cache[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    cache[key] = r
    return r
print(ways(100))
