def inner():
    x = yield 1
    y = yield 2
    return (x, y)
def outer():
    result = yield from inner()
    yield ("inner returned", result)
g = outer()
print(next(g), g.send("first"), g.send("second"))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
