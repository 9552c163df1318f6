# Tasks: cancel/cancelled/done/result/exception, current_task and all_tasks, gather, wait,
# wait_for and shield.
import asyncio


def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, repr(str(e)))


async def work(x, delay=0):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError("negative %d" % x)
    return x * 10


async def forever():
    await asyncio.sleep(10)


async def catches_cancel(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("caught", e.args))
        return "recovered"


async def main():
    # sleep(0, result) and sleep(d, result)
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, result=[1]))

    # current_task / all_tasks
    me = asyncio.current_task()
    print(me in asyncio.all_tasks(), len(asyncio.all_tasks()), me.done())
    t = asyncio.create_task(work(2))
    print(t in asyncio.all_tasks(), len(asyncio.all_tasks()), isinstance(t, asyncio.Future))
    show("result early", t.result)
    show("exception early", t.exception)
    print(t.done(), t.cancelled())
    print(await t, t.done(), t.result(), t.exception())
    print(len(asyncio.all_tasks()))

    # a failed task
    bad = asyncio.create_task(work(-1))
    done, pending = await asyncio.wait([bad])
    print(done == {bad}, pending)
    print(bad.done(), bad.cancelled(), repr(bad.exception()))
    show("bad result", bad.result)
    try:
        await bad
    except ValueError as e:
        print("awaited", e)

    # cancel
    c = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel", c.cancel(), c.cancelled(), c.done())
    try:
        await c
    except asyncio.CancelledError as e:
        print("CancelledError", type(e).__name__, e.args, isinstance(e, Exception), isinstance(e, BaseException))
    print(c.cancelled(), c.done(), c.cancel())
    show("cancelled result", c.result)
    show("cancelled exception", c.exception)
    c2 = asyncio.create_task(forever())
    print(c2.cancel("why"))
    try:
        await c2
    except asyncio.CancelledError as e:
        print("with msg", e.args)
    log = []
    c3 = asyncio.create_task(catches_cancel(log))
    await asyncio.sleep(0)
    c3.cancel("m")
    print(await c3, c3.cancelled(), log)
    # cancelled before it ever ran
    c4 = asyncio.create_task(work(1))
    c4.cancel()
    await asyncio.sleep(0)
    print("never ran", c4.cancelled())

    # done callbacks
    order = []
    d = asyncio.create_task(work(3))
    d.add_done_callback(lambda f: order.append(("cb1", f.result())))
    d.add_done_callback(lambda f: order.append(("cb2", f is d)))
    await d
    print(order)
    await asyncio.sleep(0)
    print(order)
    d.add_done_callback(lambda f: order.append("late"))
    await asyncio.sleep(0)
    print(order)

    # wait_for
    print(await asyncio.wait_for(work(4, 0.01), 1))
    try:
        await asyncio.wait_for(forever(), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__, e.args, isinstance(e, TimeoutError))
    try:
        await asyncio.wait_for(work(-2), 1)
    except ValueError as e:
        print("wait_for error", e)
    print(await asyncio.wait_for(work(5), None))
    log = []
    print(await asyncio.wait_for(catches_cancel(log), 0.01), log)

    # shield
    inner = asyncio.create_task(work(6, 0.5))
    outer = asyncio.shield(inner)
    try:
        await asyncio.wait_for(outer, 0.005)
    except TimeoutError:
        print("shield timeout", outer.cancelled(), inner.cancelled(), inner.done())
    print(await inner)
    print(await asyncio.shield(work(7)))

    # gather
    print(await asyncio.gather(work(1), work(2, 0.01), work(3)))
    print(await asyncio.gather())
    res = await asyncio.gather(work(1), work(-5), forever_cancelled(), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        await asyncio.gather(work(1), work(-6))
    except ValueError as e:
        print("gather raised", e)


async def forever_cancelled():
    t = asyncio.current_task()
    t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
