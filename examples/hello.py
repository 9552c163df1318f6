# The first program: prints, counts and does arithmetic that does not overflow.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("Hello from mpyc!")
for i in range(10):
    print(i, fib(i), 2 ** (i * 10))
