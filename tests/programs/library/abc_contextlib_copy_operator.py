# abc (abstract methods block instantiation), contextlib (contextmanager, as a decorator too,
# suppress, nullcontext, closing, ExitStack, asynccontextmanager), copy (shallow and deep, of
# containers and instances), operator (functions, itemgetter, attrgetter, methodcaller), string.
from abc import ABC, ABCMeta, abstractmethod
import contextlib
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
import copy
import operator
from operator import itemgetter, attrgetter, methodcaller
import string


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), type(Shape).__name__, sorted(Shape.__abstractmethods__))


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")


with swallow():
    {}["x"]
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
with nullcontext(5) as v:
    print(v)


class Res:
    def close(self):
        print("closed")


with closing(Res()):
    pass
with ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.enter_context(tag("x"))
    stack.callback(print, "cb2")
    print("body")


@tag("deco")
def decorated():
    print("in decorated")


a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(8)
print(b, c)


class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []


n = Node(1)
n.kids.append(Node(2))
n2 = copy.deepcopy(n)
n3 = copy.copy(n)
n.kids[0].v = 20
print(n2.kids[0].v, n3.kids[0].v, n2 is not n, type(n2).__name__)
print(operator.add(2, 3), operator.mul("a", 3), operator.neg(4), operator.abs(-2.5), operator.getitem([5, 6], 1))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), list(map(itemgetter(0), rows)))
print(attrgetter("v")(n), methodcaller("upper")("x"), methodcaller("split", ",")("a,b"))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  world"))
print(operator.lt(1, 2), operator.contains([1], 1), operator.truediv(1, 4), operator.floordiv(7, 2))
decorated()
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def opened(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name + "!"
    finally:
        print("close", name)


async def main():
    async with opened("db") as conn:
        print("using", conn)
    try:
        async with opened("f"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e)


asyncio.run(main())
