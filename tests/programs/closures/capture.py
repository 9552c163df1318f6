def adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        out.append(add)
    return out
print([f(10) for f in adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
