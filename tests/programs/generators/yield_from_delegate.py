def inner(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("inner got", x)
    return "inner done"

def middle(n):
    r = yield from inner(n)
    print("middle got", r)
    r2 = yield from inner(2)
    return r + "/" + r2

def outer():
    r = yield from middle(3)
    print("outer got", r)
    yield "last"

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def bad():
    yield 1
    raise ValueError("boom")

def wrap():
    try:
        yield from bad()
    except ValueError as e:
        print("caught in wrap", e)
        yield 99

print(list(wrap()))

def wrap2():
    yield from bad()

try:
    for x in wrap2():
        print("x", x)
except ValueError as e:
    print("caught outside", e)

def deep(d):
    if d == 0:
        yield from range(3)
        return "bottom"
    r = yield from deep(d - 1)
    return r

print(list(deep(20)))

def thrower():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner caught KeyError")
        yield 3

def tw():
    yield from thrower()

t = tw()
print(next(t))
try:
    print(t.throw(KeyError))
except KeyError:
    print("outer KeyError")
t2 = tw()
next(t2)
t2.close()
print("closed")
