# Loop callbacks and Futures (call_soon, call_later, call_at, create_future), what a Task
# refuses, cancelling()/uncancel(), sleep's result, and the Queue variants.
import asyncio

log = []


def note(*args):
    log.append(" ".join(str(a) for a in args))


async def ticker(name, n):
    for i in range(n):
        note(name, i)
        await asyncio.sleep(0)


async def callbacks():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker("task", 3))
    loop.call_soon(note, "soon", 1)
    h = loop.call_soon(note, "never")
    loop.call_soon(note, "soon", 2)
    h.cancel()
    # (Times far apart: the ticker's three steps come first even on a loaded machine.)
    loop.call_later(0.4, note, "later", 0.4)
    loop.call_at(loop.time() + 0.2, note, "at", 0.2)
    late = loop.call_later(0.6, note, "cancelled timer")
    print(h.cancelled(), late.cancelled(), late.when() > loop.time())
    late.cancel()
    await t
    await asyncio.sleep(0.8)
    print(log)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from call_later")
    fut.add_done_callback(lambda f: print("callback", f.result()))
    print(await fut, fut.get_loop() is loop)
    fut = asyncio.Future()
    loop.call_soon(fut.set_exception, KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("KeyError", e)
    fut = loop.create_future()
    fut.cancel("why")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)


async def tasks():
    t = asyncio.create_task(asyncio.sleep(0.01, "slept"))
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError", e)
    print(await t, await asyncio.sleep(0, [1, 2]), await asyncio.sleep(0.001, result=3))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancelling(), t.cancel(), t.cancel(), t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.cancel(), t.cancelling())


async def queues():
    for q in (asyncio.Queue(), asyncio.LifoQueue(), asyncio.PriorityQueue()):
        for item in (3, 1, 2):
            q.put_nowait(item)
        print(type(q).__name__, [q.get_nowait() for _ in range(q.qsize())], q.empty())
    q = asyncio.PriorityQueue(2)

    async def producer():
        for item in [(5, "e"), (1, "a"), (3, "c"), (2, "b")]:
            await q.put(item)
            print("put", item, q.full())

    async def consumer():
        while True:
            item = await q.get()
            print("got", item)
            q.task_done()

    p = asyncio.create_task(producer())
    await asyncio.sleep(0)
    c = asyncio.create_task(consumer())
    await p
    await q.join()
    c.cancel()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.maxsize)
    q = asyncio.LifoQueue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        print(await asyncio.wait_for(q.put("z"), 0.01))
    except asyncio.TimeoutError:
        print("put timed out", q.get_nowait(), q.qsize())


asyncio.run(callbacks())
asyncio.run(tasks())
asyncio.run(queues())
