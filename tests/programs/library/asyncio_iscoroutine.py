# asyncio.iscoroutine as CPython 3.11's: coroutines, generators, and objects with a coroutine's
# methods (this module's sleep()); not futures, tasks or plain awaitables.
import asyncio


async def coro_fn():
    return 1


def gen_fn():
    yield 1


async def agen():
    yield 1


def returns_coro():
    return coro_fn()


class Awaitable:
    def __await__(self):
        yield
        return 5


class CoroLike:
    # Has all of a coroutine's methods: collections.abc.Coroutine counts it.
    def send(self, v):
        raise StopIteration(v)

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass

    def __await__(self):
        return self


class GenLike:
    # A generator's methods without __await__: not a Coroutine.
    def send(self, v):
        raise StopIteration(v)

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass


class SendOnly:
    def send(self, v):
        raise StopIteration(v)


async def main():
    c = coro_fn()
    plain = returns_coro()
    g = gen_fn()
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(coro_fn())
    s = asyncio.sleep(0)
    ev = asyncio.Event()
    w = ev.wait()
    for name, obj in [("coroutine", c), ("generator", g), ("function", coro_fn),
                      ("plain call", plain), ("future", fut), ("task", task),
                      ("sleep", s), ("event wait", w), ("awaitable", Awaitable()),
                      ("coro-like", CoroLike()), ("send only", SendOnly()), ("gen-like", GenLike()),
                      ("gen expr", (i for i in ())), ("async gen", agen()), ("coroutine type", type(c)), ("int", 1),
                      ("None", None), ("list", [])]:
        print(name, asyncio.iscoroutine(obj))
    print(await c, await task, await s, await Awaitable())
    ev.set()
    print(await w)
    fut.cancel()
    plain.close()
    m2 = main()
    print(asyncio.iscoroutine(m2))
    m2.close()


m = main()
print(asyncio.iscoroutine(m))
asyncio.run(m)
