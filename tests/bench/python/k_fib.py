def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def bench():
    return fib(20)


# Measured by tests/bench: instructions between the 2nd and 3rd print, less those
# between the 1st and 2nd.
print(1)
print(2)
print(bench())
