# asyncio.ThreadSafeFlag (MicroPython's): tasks wait for flags another task sets; a flag set
# before the wait is taken at once and cleared; a cancelled wait leaves the flag usable.
import asyncio

order = []


async def waiter(flag, name):
    await flag.wait()
    order.append(name)


async def main():
    flags = [asyncio.ThreadSafeFlag() for _ in range(8)]
    tasks = [asyncio.create_task(waiter(f, i)) for i, f in enumerate(flags)]
    await asyncio.sleep_ms(5)
    for f in reversed(flags):
        f.set()
        await asyncio.sleep_ms(5)
    for t in tasks:
        await t
    print(order)
    f = asyncio.ThreadSafeFlag()
    f.set()
    await f.wait()
    print("taken at once")
    t = asyncio.create_task(f.wait())
    await asyncio.sleep_ms(5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait cancelled")
    f.set()
    await f.wait()
    print("usable after")


asyncio.run(main())
