# asyncio's odds and ends: futures, ensure_future and its errors, wait, timeout(), shield,
# wait_for with a zero timeout, and the TypeErrors for what cannot be awaited.
import asyncio


def show(label, f, *a):
    try:
        print(label, f(*a))
    except BaseException as e:
        print(label, type(e).__name__, repr(str(e)))


async def work(x, delay=0):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError("negative %d" % x)
    return x


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    f = loop.create_future()
    f.set_result(1)
    show("set twice", f.set_result, 2)
    show("set exc", f.set_exception, ValueError())
    print(f.result(), f.cancel(), f.done())
    f = asyncio.Future()
    loop.call_soon(f.set_result, "soon")
    print(await f)
    out = []
    loop.call_later(0.02, out.append, "later")
    h = loop.call_later(0.01, out.append, "cancelled")
    loop.call_soon(out.append, "soon")
    h.cancel()
    await asyncio.sleep(0.05)
    print(out, h.cancelled())
    show("create_task int", asyncio.create_task, 1)
    show("ensure_future int", asyncio.ensure_future, 1)
    t = asyncio.ensure_future(work(9))
    print(type(t).__name__, await t, asyncio.ensure_future(t) is t)

    # wait
    a = asyncio.create_task(work(1, 0.01))
    b = asyncio.create_task(work(2, 0.5))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(done == {a}, pending == {b})
    done, pending = await asyncio.wait([b], timeout=0.001)
    print(len(done), len(pending))
    await b
    show("wait empty", lambda: asyncio.wait([]).send(None))

    # timeout()
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", type(e).__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), cm.when())

    # TaskGroup
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1), name="one")
        t2 = tg.create_task(work(2, 0.01))
    print(t1.get_name(), t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(-1))
            slow = tg.create_task(work(3, 1))
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions], slow.cancelled())

    # wait_for with a zero timeout
    try:
        await asyncio.wait_for(work(1, 0.01), 0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(asyncio.sleep(0, "ok"), 1))

    # gather cancelled
    g = asyncio.gather(work(1, 1), work(2, 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    t = asyncio.create_task(work(1))
    print(asyncio.iscoroutine(t.get_coro()))
    await t
    for label, fn, args in [("gather int", asyncio.gather, (work(1), 2)),
                            ("wait_for int", asyncio.wait_for, (3, 1)),
                            ("shield str", asyncio.shield, ("s",))]:
        try:
            await fn(*args)
        except TypeError as e:
            print(label, type(e).__name__, e)
    await asyncio.sleep(0)


show("current_task outside", asyncio.current_task)
show("all_tasks outside", asyncio.all_tasks)
show("get_running_loop outside", asyncio.get_running_loop)
asyncio.run(main())
show("run non-coroutine", asyncio.run, 5)
class Aw:
    def __await__(self):
        yield
        return 1

    def __repr__(self):
        return "<Aw>"


show("run awaitable", asyncio.run, Aw())
show("run awaitable", asyncio.run, Aw())
async def named():
    return asyncio.current_task().get_name()
print(asyncio.run(named()))
loop = asyncio.new_event_loop()
show("run_until_complete int", loop.run_until_complete, 5)
print(loop.run_until_complete(work(4)))
loop.close()
