# asyncio's queues (Queue, LifoQueue, PriorityQueue): put/get and their nowait forms,
# QueueEmpty/QueueFull, task_done and join, a getter waiting on an empty queue, get with a
# timeout.
import asyncio


async def producer(q, n, tag):
    for i in range(n):
        await q.put((tag, i))
        print("put", tag, i, "qsize", q.qsize(), "full", q.full())
    return tag


async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", type(e).__name__, repr(str(e)), isinstance(e, Exception))
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.qsize(), q.empty(), q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    b = asyncio.Queue(maxsize=2)
    b.put_nowait("a")
    b.put_nowait("b")
    print(b.full(), b.qsize(), b.maxsize)
    try:
        b.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", type(e).__name__, repr(str(e)))
    print(b.get_nowait(), b.get_nowait())
    b.task_done()
    b.task_done()

    out = []
    workers = [asyncio.create_task(consumer(b, "w%d" % i, out)) for i in range(2)]
    prods = [asyncio.create_task(producer(b, 3, t)) for t in "xy"]
    print(await asyncio.gather(*prods))
    await b.join()
    print("joined", out)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res], [w.cancelled() for w in workers])

    # A getter waiting on an empty queue; get with a timeout.
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("late")
    print(await getter)
    # join waits for task_done; on a queue with nothing unfinished it returns at once
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("join waits", joiner.done())
    q.task_done()
    await joiner
    await q.join()
    print("done", q.qsize())

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in (3, 1, 2):
        lq.put_nowait(v)
        pq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])


asyncio.run(main())
