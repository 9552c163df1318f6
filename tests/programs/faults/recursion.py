# Unbounded recursion is a RecursionError that can be caught, everywhere: plain, mutual,
# through methods and dunder methods, inside generators and across generators; afterwards the
# program goes on with its stack intact. (Depths are never printed: they differ by design.)


def down(n):
    return down(n + 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1) + 1


for f in (down, ping):
    try:
        f(0)
    except RecursionError as e:
        print(f.__name__, type(e).__name__, e)


class Node:
    def __init__(self):
        self.me = self

    def walk(self):
        return self.me.walk()

    def __getattr__(self, name):
        return self.missing

    def __repr__(self):
        return "Node(" + repr(self) + ")"

    def __eq__(self, other):
        return self == other


n = Node()
for what, act in (("method", n.walk), ("__getattr__", lambda: n.x), ("__repr__", lambda: repr(n)),
                  ("__eq__", lambda: n == Node())):
    try:
        act()
    except RecursionError as e:
        print(what, type(e).__name__)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(50) == fact(49) * 50)


def deep_at_limit(n):
    # At the deepest level the handler still has room to format, allocate and print.
    try:
        return deep_at_limit(n + 1)
    except RecursionError:
        return len(repr([1.5, 2 ** 100, "x" * 10, {"k": (1, 2)}]) + "%d %s" % (n * 0, 2.5))


print(deep_at_limit(0))


def gen_recurse():
    try:
        down(0)
    except RecursionError as e:
        yield "in a generator: " + str(e)
    yield fact(20)


print(list(gen_recurse()))


def gen_raises():
    yield 1
    down(0)


try:
    for x in gen_raises():
        print("got", x)
except RecursionError as e:
    print("out of a generator:", e)


def chain(n):
    yield n
    yield from chain(n + 1)


try:
    for x in chain(0):
        pass
except RecursionError as e:
    print("yield from chain:", e)


def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


print(sum(tree(6)))
print(fact(30) // fact(28))
