# Async generators under asyncio: sleeping inside them, gather, break + aclose (finally runs),
# wait_for cancelling a consumer.
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
    r = await asyncio.gather(consume("a", 3, 0.01), consume("b", 2, 0.015))
    print(r)
    await early()
    try:
        await asyncio.wait_for(consume("slow", 5, 0.05), 0.12)
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())
