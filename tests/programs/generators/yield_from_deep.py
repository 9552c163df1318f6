# Chains of `yield from` and `await` some tens deep: a recursive generator walking a tree, a
# coroutine awaiting coroutines. On a board a generator started by `yield from` runs on the
# lower part of its delegator's stack (runtime/src/objects/gen.rs: SHARE_MIN) while there is
# room; besides CPython's output here, tests/programs.rs (pyboard_limits_cases) runs this in
# the pyboard's stack and heap, where each level once took a 4 KiB stack of the heap's 140 KiB.
import gc


def walk(node):
    if node is None:
        return
    left, value, right = node
    yield from walk(left)
    yield value
    yield from walk(right)


def chain(n):
    # A list-shaped tree, as deep as it is long.
    tree = None
    for i in reversed(range(n)):
        tree = (None, i, tree)
    return tree


print(sum(walk(chain(60))), list(walk(chain(5))))


def balanced(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (balanced(lo, mid), mid, balanced(mid + 1, hi))


print(list(walk(balanced(0, 200))) == list(range(200)))


def depth(n):
    if n == 0:
        gc.collect()  # the collector sees every level's frames
        x = yield "bottom"
        return x * 2
    r = yield from depth(n - 1)
    return r + 1


g = depth(40)
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value)


# Driven from the middle: the delegated-to generator is resumed directly while its
# delegator waits in `yield from`.
def inner():
    x = yield 1
    y = yield x + 1
    return y


def outer(it):
    r = yield from it
    yield ("outer got", r)


it = inner()
o = outer(it)
print(next(o), it.send(10))
try:
    it.send(30)
except StopIteration as e:
    print("inner returned", e.value)
print(next(o, "done"), next(o, "done"))


# throw() and close() through a chain.
def catcher(n):
    if n == 0:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught %s" % e
        return "end"
    return (yield from catcher(n - 1))


c = catcher(25)
print(next(c), c.throw(ValueError("boom")))
try:
    next(c)
except StopIteration as e:
    print("stopped with", e.value)
c = catcher(25)
next(c)
c.close()
print("closed")


# A generator that ignores GeneratorExit while delegated to: close() of its delegator is a
# RuntimeError, and the delegator goes on.
def stubborn():
    for _ in range(2):
        try:
            yield "s"
        except GeneratorExit:
            pass


def delegator():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("delegator saw", e)
        yield "after"


d = delegator()
print(next(d))
try:
    d.close()
except RuntimeError as e:
    print("close:", e)


# Coroutines awaiting coroutines, driven by hand.
class Ready:
    def __await__(self):
        v = yield "suspend"
        return v


async def leaf():
    return await Ready()


async def level(n):
    if n == 0:
        return await leaf()
    return 1 + await level(n - 1)


co = level(30)
print(co.send(None))
try:
    co.send(100)
except StopIteration as e:
    print("coroutine returned", e.value)
