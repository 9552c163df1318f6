# asyncio.wait, as_completed and shield, in CPython 3.11's order (delays far apart, so that a
# slow emulator under --gc-stress keeps the order).
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print("finished", name)
    return name


def names(fs):
    return sorted(f.result() if not f.exception() else "!" + str(f.exception()) for f in fs)


async def waits():
    a = asyncio.create_task(job("a", 0.2))
    b = asyncio.create_task(job("b", 0.8))
    c = asyncio.create_task(job("c", 0.4, True))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print("first", names(done), len(pending))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("exception", names(done), pending == {b})
    done, pending = await asyncio.wait({a, b, c}, timeout=0.001)
    print("timeout", names(done), pending == {b})
    done, pending = await asyncio.wait([a, b, c])
    print("all", names(done), pending, type(done).__name__)
    d = asyncio.create_task(job("d", 0.2))
    done, pending = await asyncio.wait([d], timeout=0)
    print("zero", done, pending == {d})
    done, pending = await asyncio.wait([a, d], return_when=asyncio.FIRST_EXCEPTION)
    print("no exception", names(done))
    coro = job("e", 0)
    for bad in ([], a, [a], [coro]):
        try:
            await asyncio.wait(bad, return_when="x" if bad == [a] else asyncio.ALL_COMPLETED)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def completions():
    tasks = [asyncio.create_task(job(n, d, n == "y")) for n, d in (("x", 0.6), ("y", 0.2), ("z", 0.4))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("as_completed", await aw)
        except ValueError as e:
            print("as_completed raised", e)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.2, fut.set_result, "future")
    its = asyncio.as_completed([job("slow", 1.0), fut], timeout=0.5)
    for aw in its:
        try:
            print("got", await aw)
        except asyncio.TimeoutError:
            print("TimeoutError")
    try:
        for aw in asyncio.as_completed(fut):
            pass
    except TypeError as e:
        print("TypeError", e)
    await asyncio.sleep(1.0)


async def shields():
    inner = asyncio.create_task(job("inner", 0.4))
    outer = asyncio.shield(inner)
    t = asyncio.create_task(asyncio.wait_for(outer, 0.2))
    try:
        await t
    except asyncio.TimeoutError:
        print("timed out", outer.cancelled(), inner.done())
    print("inner", await inner)
    print(asyncio.shield(inner) is inner)
    # Shielded from the cancellation of the task awaiting it.
    inner = asyncio.create_task(job("kept", 0.2))

    async def awaiter():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            print("awaiter cancelled")
            raise
    t = asyncio.create_task(awaiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.4)
    print(t.cancelled(), inner.result())
    # The inner task cancelled: the shield is too; or failing: it gets the exception.
    inner = asyncio.create_task(job("gone", 1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled())
    outer = asyncio.shield(job("bad", 0, True))
    try:
        await outer
    except ValueError as e:
        print("outer raised", e)


asyncio.run(waits())
asyncio.run(completions())
asyncio.run(shields())
