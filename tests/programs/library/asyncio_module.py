# asyncio (mpyc's library module written in Python): task order with create_task and sleep,
# gather, wait_for, cancellation, Event, Lock, awaiting results, run() results and errors.
import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name * 2

async def square(x, delay):
    await asyncio.sleep(delay)
    print("square", x)
    if x < 0:
        raise ValueError(x)
    return x * x

async def victim(name, delay):
    print(name, "starts")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "finishes")
    return name

async def interleave():
    a = asyncio.create_task(ticker("a", 3, 0.02))
    b = asyncio.create_task(ticker("b", 2, 0.07))
    print("created", a.done())
    await asyncio.sleep(0)
    print("after sleep(0)")
    print("results", await a, await b)
    print(await asyncio.gather(ticker("x", 3, 0), ticker("y", 2, 0), asyncio.sleep(0, "z")))

async def gathering():
    print(await asyncio.gather(square(2, 0.04), square(3, 0.02), square(4, 0)))
    try:
        await asyncio.gather(square(5, 0.06), square(-1, 0.02))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.06)
    print(await asyncio.gather(square(-2, 0), square(6, 0.02), return_exceptions=True))
    print(await asyncio.gather())

async def waiting():
    print(await asyncio.wait_for(victim("w1", 0.02), 0.1))
    try:
        await asyncio.wait_for(victim("w2", 0.3), 0.04)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    print(await asyncio.wait_for(square(7, 0), None))

async def cancelling():
    t = asyncio.create_task(victim("c1", 1))
    await asyncio.sleep(0.02)
    print("cancel", t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print(t.done(), t.cancelled(), t.cancel())
    u = asyncio.create_task(victim("c2", 1))
    print("cancel before start", u.cancel())
    try:
        await u
    except asyncio.CancelledError:
        print("never started", u.cancelled())
    asyncio.create_task(victim("c3", 1))
    await asyncio.sleep(0)
    print("main returns with c3 pending")

async def waiter(ev, name):
    print(name, "waits", ev.is_set())
    await ev.wait()
    print(name, "woken")
    return name

async def events():
    ev = asyncio.Event()
    t1 = asyncio.create_task(waiter(ev, "e1"))
    t2 = asyncio.create_task(waiter(ev, "e2"))
    await asyncio.sleep(0.02)
    ev.set()
    print("set", ev.is_set())
    print(await asyncio.gather(t1, t2))
    print("cleared", ev.clear(), ev.is_set())

async def job(lock, name, delay):
    async with lock:
        print(name, "in", lock.locked())
        await asyncio.sleep(delay)
        print(name, "out")

async def locking():
    lock = asyncio.Lock()
    await asyncio.gather(job(lock, "j1", 0.03), job(lock, "j2", 0.02), job(lock, "j3", 0))
    print("acquire", lock.locked(), await lock.acquire(), lock.locked())
    print("release", lock.release(), lock.locked())

async def results():
    t = asyncio.create_task(square(8, 0))
    print(await t, await t, t.result(), t.done(), t.exception())
    f = asyncio.create_task(square(-3, 0.02))
    # (A callback: a task that fails with nothing waiting on it goes to the exception handler
    # a turn later, as in MicroPython; CPython waits until the task is collected.)
    f.add_done_callback(lambda t: None)
    await asyncio.sleep(0.04)
    print(f.done(), repr(f.exception()))
    try:
        await f
    except ValueError as e:
        print("awaited", repr(e))
    print(asyncio.current_task() is not None, asyncio.get_event_loop() is asyncio.get_running_loop())
    return "main result"

for scenario in [interleave, gathering, waiting, cancelling, events, locking, results]:
    print("--", scenario.__name__)
    print(asyncio.run(scenario()))
try:
    asyncio.run(square(-4, 0))
except ValueError as e:
    print("run raised", repr(e))
loop = asyncio.new_event_loop()
print("loop", loop.run_until_complete(square(9, 0)))
loop.close()
