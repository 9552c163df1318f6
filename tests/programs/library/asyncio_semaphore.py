# asyncio.Semaphore, BoundedSemaphore and Condition, in CPython 3.11's order.
import asyncio

log = []


async def worker(sem, i, delay):
    async with sem:
        log.append("in %d" % i)
        await asyncio.sleep(delay)
        log.append("out %d" % i)


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    # (Worker 0's 2 s outlasts the other four's turns, 0.05 s, also when --gc-stress in QEMU
    # makes each turn slow: the order printed depends on it.)
    tasks = [asyncio.create_task(worker(sem, i, d)) for i, d in enumerate([2.0, 0.02, 0.01, 0.02, 0.001])]
    await asyncio.sleep(0)
    print("locked", sem.locked(), log)
    await asyncio.gather(*tasks)
    print(log, sem.locked())
    # A waiter cancelled while waiting, and one cancelled after being handed the unit.
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(sem.acquire())
    b = asyncio.create_task(sem.acquire())
    c = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    a.cancel()
    sem.release()  # handed to b at once (a's wait is cancelled)
    b.cancel()  # b passes it on to c
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(a.cancelled(), b.cancelled(), c.done() and c.result(), sem.locked())
    print(await sem.acquire() if not sem.locked() else "still locked")
    sem.release()
    print(sem.locked(), await sem.acquire())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    async with bs:
        print("bounded", bs.locked())


async def consumer(cond, items, name):
    async with cond:
        got = await cond.wait_for(lambda: len(items))
        print(name, "got", items.pop(0), got)


async def conditions():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, n)) for n in "abc"]
    await asyncio.sleep(0)
    async with cond:
        print("holding", lock.locked(), cond.locked())
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with lock:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    # A wait cancelled while another task holds the lock: it takes the lock back first.
    async def waiter():
        async with cond:
            try:
                print("wait", await cond.wait())
            except asyncio.CancelledError:
                print("cancelled, holding", cond.locked())
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0.01)
    print("still waiting for the lock", t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", lock.locked())
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify(5)
    await t


asyncio.run(semaphores())
asyncio.run(conditions())
