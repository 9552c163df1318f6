def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)), sum(count(100)))
g = count(2)
print(next(g), next(g), next(g, "end"))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def chain(*its):
    for it in its:
        r = yield from it
    return r
print(list(chain([1, 2], "ab", count(3))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def outer():
    r = yield from count(2)
    yield r
print(list(outer()))
def nested(n):
    if n:
        yield n
        yield from nested(n - 1)
print(list(nested(5)))
gens = [count(i) for i in range(50)]
print(sum(sum(g) for g in gens))
def t():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = t()
print(next(g))
g.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
c.throw(ValueError("boom"))
print(type(g).__name__)
