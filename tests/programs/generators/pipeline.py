def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(evens(squares(numbers(100))), 5)))
print(sum(squares(numbers(1000))), max(numbers(7)), sorted(numbers(3), reverse=True))
def pairs(d):
    for k in sorted(d):
        yield k, d[k]
for k, v in pairs({"b": 2, "a": 1}):
    print(k, v)
print(dict(pairs({"x": 1})), tuple(numbers(3)), set(numbers(3)), "-".join(str(n) for n in numbers(4)))
