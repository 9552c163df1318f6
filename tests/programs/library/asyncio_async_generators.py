# Async generators under asyncio: sleeping inside them, gather, break + aclose (finally runs),
# wait_for cancelling a consumer. (Sleeps of 0, and a timeout far shorter than the sleep it
# cuts: the order does not depend on how fast the machine runs, e.g. under --gc-stress.)
import asyncio

async def ticker(name, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield name, i
    finally:
        print(name, "done")

async def consume(name, n, delay):
    out = []
    async for item in ticker(name, n, delay):
        out.append(item)
        print("got", item)
    return out

async def early():
    agen = ticker("e", 10, 0)
    async for item in agen:
        if item[1] == 2:
            break
    await agen.aclose()
    print("closed early")

async def main():
    r = await asyncio.gather(consume("a", 3, 0), consume("b", 2, 0))
    print(r)
    await early()
    try:
        await asyncio.wait_for(consume("slow", 5, 10), 0.05)
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
