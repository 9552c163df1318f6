def f(n):
    return n + "1"
print(f(2))
