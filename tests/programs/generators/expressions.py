def count():
    i = 0
    while True:
        yield i
        i += 1
print(next(x for x in count() if x * x > 50))
def f(k):
    return sum(x * k for x in range(10))
print(f(3), list((a, b) for a in range(3) for b in range(a)))
g = (c.upper() for c in "abc")
print(next(g), list(g))
print(any(print("side", x) or x > 1 for x in range(5)))
k = 10
print(list(x + k for x in [1, 2]))
