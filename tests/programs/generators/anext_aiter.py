# The builtins aiter and anext: over an async generator and over a class with __aiter__ and
# __anext__; anext's default past the end, StopAsyncIteration without one, and their errors.
import asyncio


async def g():
    yield 1
    yield 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class NotIterator:
    def __aiter__(self):
        return 5


async def m():
    it = aiter(g())
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Countdown(2)
    print(aiter(c) is c, await anext(c), await anext(c), await anext(c, None))
    async for x in aiter(Countdown(3)):
        print(x, end=" ")
    print()
    for bad in (lambda: aiter(1), lambda: anext([]), lambda: aiter(NotIterator())):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    f = anext
    print(await f(aiter(g())))


asyncio.run(m())
