# Generators whose frames leave the run area and come back (runtime/src/objects/gen.rs): taking
# turns, pipelines, started in one place and resumed in another, resumed from deeper than they
# were started, collected while their frames are out, thrown into, sent to.
import gc


def count(n, tag):
    items = [tag] * 3  # held only by the frame
    for i in range(n):
        yield (i, items[0], len(items))


# Two taking turns from the main stack.
print(list(zip(count(4, "a"), count(4, "b"))))


# A pipeline: each stage started by the one consuming it.
def stage(src, k):
    for x in src:
        yield (x[0] if isinstance(x, tuple) else x) * k


print(list(stage(stage(stage(count(4, "p"), 2), 3), 5)))


# Started inside a generator, resumed from the main stack later.
def starter():
    inner = count(3, "s")
    yield next(inner)
    yield inner


g = starter()
print(next(g))
inner = next(g)
print(list(inner), list(g))


# Resumed from deeper than where it was started.
def deep(n, g):
    if n == 0:
        return next(g)
    return deep(n - 1, g)


def consumer():
    src = count(10, "d")
    yield next(src)
    for depth in (0, 5, 20, 40, 3, 0):
        yield deep(depth, src)


print(list(consumer()))


# The collector runs while frames are out in buffers.
def holder(k):
    data = {"k": k, "list": list(range(k))}
    while True:
        yield sum(data["list"]) + data["k"]


hs = [holder(k) for k in range(50)]
for h in hs:
    next(h)
junk = [[i] * 10 for i in range(400)]
del junk
gc.collect()
print(sum(next(h) for h in hs))
hs = None
gc.collect()


# Exceptions thrown into, and out of, frames that moved.
def catcher(name):
    while True:
        try:
            yield
        except ValueError as e:
            print(name, "caught", e)


c1 = catcher("c1")
c2 = catcher("c2")
next(c1)
next(c2)
c1.throw(ValueError("one"))
c2.throw(ValueError("two"))
c1.throw(ValueError("three"))
c1.close()
c2.close()


def failing():
    yield 1
    raise KeyError("k")


def wrap():
    try:
        yield from failing()
    except KeyError as e:
        yield "wrapped " + str(e)


print(list(wrap()))


# Deep `yield from` chains, and recursion inside a generator.
def rec(d):
    if d == 0:
        yield "bottom"
    else:
        yield from rec(d - 1)
        yield d


r = list(rec(30))
print(r[:3], len(r))


def fact_gen(n):
    def f(k):
        return 1 if k <= 1 else k * f(k - 1)

    yield f(n)


print(next(fact_gen(25)) % 1000007)


# Generators started by a generator started by a generator, taking turns at each level.
def leaf(t):
    for i in range(3):
        yield t + str(i)


def mid():
    xs = [leaf("x"), leaf("y")]
    for _ in range(3):
        for x in xs:
            yield next(x)


def top():
    m1, m2 = mid(), mid()
    for a, b in zip(m1, m2):
        yield a + b


print(list(top()))


# Values sent through frames that moved.
def acc():
    total = 0
    while True:
        v = yield total
        total += v


x1, x2 = acc(), acc()
next(x1)
next(x2)
for i in range(5):
    x1.send(i)
    x2.send(i * 10)
print(x1.send(0), x2.send(0))


# A generator resuming one that the main stack left in the area.
def drain(src):
    yield from src


a = count(3, "m")
print(next(a))
print(list(drain(a)))
