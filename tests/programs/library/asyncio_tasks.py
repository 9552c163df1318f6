# Many asyncio tasks at once, each sleeping: on a board every coroutine that has started holds
# a generator stack in the heap, so what a sleeping task holds besides its own coroutine (the
# sleep, the wait for its Future) must be small objects. Besides CPython's output here,
# tests/programs.rs (pyboard_limits_cases) runs this in the pyboard's 140 KiB heap.
import asyncio

done = []


async def worker(i):
    await asyncio.sleep((10 + i % 3) / 1000)
    await asyncio.sleep(0)
    done.append(i)
    return i * i


async def main(n):
    results = await asyncio.gather(*[worker(i) for i in range(n)])
    return sum(results)


print(asyncio.run(main(24)), len(done), sorted(done) == list(range(24)))


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled")
        raise


async def cancel_one():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10, "late"), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.001, "early"), 1))
    print(await asyncio.sleep(0, "zero"))


asyncio.run(cancel_one())


# Tasks waiting for an Event hold no more than their own coroutine either (with two 4 KiB
# stacks each, fourteen would take 112 KiB of the pyboard's 140).
async def waiter(ev, i, seen):
    await ev.wait()
    seen.append(i)


async def many_waiters():
    ev = asyncio.Event()
    seen = []
    tasks = [asyncio.create_task(waiter(ev, i, seen)) for i in range(14)]
    await asyncio.sleep(0)
    print("waiting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("woken", sorted(seen) == list(range(14)), await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait cancelled")
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait timed out")


asyncio.run(many_waiters())


# Timers in milliseconds: the loop's clock is not the wall clock (a board of 32-bit floats
# gives time.time() in whole seconds, which once woke every timer of a second at once).
async def ticker(name, period, log):
    for _ in range(3):
        await asyncio.sleep(period)
        log.append(name)


async def timed():
    log = []
    # (Wakes 50 ms apart or more: a loaded machine, or --gc-stress, delays each a little.)
    asyncio.create_task(ticker("a", 0.1, log))
    asyncio.create_task(ticker("b", 0.25, log))
    await asyncio.sleep(0.9)
    print("".join(log))


asyncio.run(timed())
