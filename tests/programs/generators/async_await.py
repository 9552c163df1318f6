# async def, await (coroutines, objects with __await__), async with, async for, driven by
# hand with send(): what the asyncio library builds on.
class Req:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got * 2

async def leaf(x):
    r = await Req(x)
    return r + 1

async def mid():
    a = await leaf(1)
    b = await leaf(10)
    return a + b

def drive(coro):
    sent = None
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("request", req)
        sent = req + 100

print(drive(mid()))

async def nothing():
    return "done"
print(drive(nothing()))

class Mgr:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await Req(0)
        return self.name.upper()
    async def __aexit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "quiet"

async def withs():
    async with Mgr("a") as x, Mgr("b") as y:
        print("body", x, y)
    try:
        async with Mgr("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with Mgr("quiet"):
        raise KeyError("hidden")
    for i in range(3):
        async with Mgr("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
    return "withs done"
print(drive(withs()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Req(self.n)
        return self.n

async def fors():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Countdown(5):
        if v == 2:
            break
        out.append(v)
    else:
        out.append("not reached")
    return out
print(drive(fors()))

async def bad():
    await 5
try:
    drive(bad())
except TypeError as e:
    print("TypeError", e)
co = leaf(3)
print(co.send(None))
try:
    co.send(1)
except StopIteration as e:
    print("result", e.value)
