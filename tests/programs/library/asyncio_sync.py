# asyncio's Event, Lock (async with), Semaphore, BoundedSemaphore and Condition.
import asyncio


async def waiter(ev, name, log):
    log.append((name, "waiting"))
    r = await ev.wait()
    log.append((name, "woke", r))
    return name


async def locked_section(lock, name, log, delay):
    async with lock:
        log.append((name, "in", lock.locked()))
        await asyncio.sleep(delay)
        log.append((name, "out"))


async def sem_user(sem, name, log, delay):
    async with sem:
        log.append((name, "in"))
        await asyncio.sleep(delay)
        log.append((name, "out"))


async def main():
    # Event
    ev = asyncio.Event()
    print(ev.is_set())
    log = []
    ts = [asyncio.create_task(waiter(ev, n, log)) for n in "ab"]
    await asyncio.sleep(0)
    print(log, [t.done() for t in ts])
    ev.set()
    print(ev.is_set(), await asyncio.gather(*ts), log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError as e:
        print("event timeout", type(e).__name__)
    ev.set()
    ev.set()
    # (A timeout that a slow emulator cannot reach before the set event's wait returns.)
    print(await asyncio.wait_for(ev.wait(), 5))

    # Lock
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(locked_section(lock, "x", log, 0.01), locked_section(lock, "y", log, 0),
                         locked_section(lock, "z", log, 0))
    print(log, lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    # an exception inside async with releases the lock
    try:
        async with lock:
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e, lock.locked())
    # cancelling a task waiting for the lock
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print(w.cancelled(), lock.locked())
    lock.release()
    print(lock.locked())

    # Semaphore
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    log = []
    # (Delays far apart, so that a slow emulator keeps the order: r takes p's place.)
    await asyncio.gather(*(sem_user(sem, n, log, d) for n, d in (("p", 0.01), ("q", 0.5), ("r", 0.01))))
    print(log, sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    sem.release()  # an unbounded semaphore takes extra releases
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    # Condition
    cond = asyncio.Condition()
    items = []

    async def consume():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    c = asyncio.create_task(consume())
    await asyncio.sleep(0)
    async with cond:
        items.append("thing")
        cond.notify()
    print(await c)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
