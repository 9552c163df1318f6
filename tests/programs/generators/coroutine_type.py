# A coroutine (what calling an `async def` makes) is its own type: no iterator, `await`ed or
# driven by send/throw, refused by `yield from` in a plain generator.
import asyncio
import types


async def fetch(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    c = fetch(1)
    print(type(c).__name__, repr(c).startswith("<coroutine object fetch at 0x"))
    print(isinstance(c, types.CoroutineType), isinstance(c, types.GeneratorType))
    for op in (lambda: next(c), lambda: iter(c), lambda: list(c)):
        try:
            op()
        except TypeError as e:
            print("TypeError:", e)
    print(await c)

    class Wrapper:
        def __await__(self):
            return fetch(5).__await__()

    print(await Wrapper())

    def gen():
        yield from fetch(3)

    try:
        next(gen())
    except TypeError as e:
        print("TypeError:", e)
    print(hasattr(c, "send"), hasattr(c, "__next__"), hasattr(c, "__await__"))
    d = fetch(4)
    d.close()
    print(await asyncio.gather(fetch(6), fetch(7)))


asyncio.run(main())
