# asyncio.Queue (and LifoQueue, PriorityQueue): producers and consumers in CPython's order,
# a bounded queue making put wait, task_done/join, the _nowait forms and their exceptions, a
# getter cancelled while it waits; all_tasks, Task.get_coro, and an exception in a
# done-callback going to the loop's exception handler while the loop goes on.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        print("put", name, i, "size", q.qsize())
    return name


async def consumer(q, log):
    while True:
        item = await q.get()
        log.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    log = []
    workers = [asyncio.create_task(consumer(q, log)) for _ in range(2)]
    done = await asyncio.gather(producer(q, "a", 4), producer(q, "b", 3))
    await q.join()
    print(done, log)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q2.full())
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lq, pq = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for v in (3, 1, 2):
        lq.put_nowait(v)
        pq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

    q3 = asyncio.Queue()
    getter = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q3.put_nowait("kept")
    print(getter.cancelled(), q3.qsize(), await q3.get())

    t = asyncio.create_task(asyncio.sleep(0.01))
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks(), t.get_coro() is not None)
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(repr(e))
    await t

    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(type(ctx["exception"]).__name__))

    def bad(fut):
        raise ValueError("boom")

    t2 = asyncio.create_task(asyncio.sleep(0))
    t2.add_done_callback(bad)
    await t2
    await asyncio.sleep(0)
    print("after the callback", seen, loop.get_exception_handler() is not None)


asyncio.run(main())
print("done")
