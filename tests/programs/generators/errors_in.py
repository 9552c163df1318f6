def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def bad():
    yield 1
    return [][1]
for x in bad():
    print(x)
