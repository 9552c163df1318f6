# Async generators and async comprehensions: async for over them, [x async for ...], {...},
# async generator expressions (also with await in the element), nested loops, methods.
class Wait:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield None
        return self.n * 10

async def gen(n):
    for i in range(n):
        got = await Wait(i)
        yield i, got

async def square(x):
    await Wait(1)
    return x * x

async def main():
    ge = (x async for x in gen(3))
    print(type(ge).__name__)
    async for v in ge:
        print("ge", v)
    ge2 = (await square(x) for x in range(4))
    print([v async for v in ge2])
    print([await square(x) for x in range(3)])
    print({k async for k, _ in gen(4)})
    nested = [[a, b] async for a, _ in gen(2) for b in "xy"]
    print(nested)
    try:
        list(x async for x in gen(2))
    except TypeError as e:
        print("TypeError", e)
    g = gen(3)
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

run(main())

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def use_counter():
    return [x async for x in Counter(3)]
print(run(use_counter()))

class Agen:
    async def items(self, n):
        for i in range(n):
            yield self, i
a = Agen()
async def m2():
    async for s, i in a.items(2):
        print(s is a, i)
    print(Agen.items.__name__, Agen.items.__qualname__)
run(m2())
print([k for k in globals() if "." in k], [k for k in dir() if "." in k])
