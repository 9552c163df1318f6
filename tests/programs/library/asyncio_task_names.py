# Task names: Task-N numbered as CPython 3.11 numbers tasks (run()'s own task is the first),
# create_task(..., name=...), get_name/set_name.
import asyncio


async def child(x=None):
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")


class Aw:
    def __await__(self):
        yield
        return asyncio.current_task().get_name()

    def __repr__(self):
        return "<Aw>"


async def main():
    # main is Task-1 (asyncio.run makes it), the first task created is Task-2.
    print("main", asyncio.current_task().get_name())
    t = asyncio.create_task(child())
    print("t", t.get_name())
    # asyncio.create_task numbers a named task too (CPython 3.11 names it after creating it)
    u = asyncio.create_task(child(), name="blink")
    print("u", u.get_name())
    v = asyncio.create_task(child())
    print("v", v.get_name())
    # loop.create_task and the Task constructor do not
    loop = asyncio.get_running_loop()
    w = loop.create_task(child(), name="L")
    x = loop.create_task(child())
    print(w.get_name(), x.get_name())
    print(await asyncio.gather(t, u, v, w, x, child(), child()))
    c = child()
    print(await asyncio.gather(c, c, child()))  # the same coroutine twice is one task
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child(), name="g")
        b = tg.create_task(child())
    print(a.get_name(), b.get_name(), a.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(), name="failing")
    except* ValueError as eg:
        print("group", eg.exceptions)
    print(await asyncio.wait_for(child(), 1), await asyncio.wait_for(child(), None))
    try:
        await asyncio.wait_for(child(), 0)
    except TimeoutError:
        print("timeout 0")
    print(await asyncio.shield(child()), await asyncio.ensure_future(Aw()))
    # names are made strings; set_name works on a done task too
    t = asyncio.create_task(child(), name=42)
    print(repr(t.get_name()))
    t.set_name(3.5)
    print(repr(t.get_name()))
    t.set_name(None)
    print(repr(t.get_name()))
    print(await t)
    t.set_name("after")
    print(t.get_name(), t.done())
    print(repr(asyncio.create_task(child(), name="").get_name()))
    t2 = asyncio.Task(child(), name="direct")
    print(t2.get_name(), await t2)
    t3 = asyncio.Task(child(), loop=loop)
    print(t3.get_name(), await t3)
    # a refused coroutine is not numbered
    for bad in (1, None):
        try:
            asyncio.create_task(bad, name="x")
        except TypeError as e:
            print("TypeError", e)
    c = child()
    try:
        asyncio.create_task(c, "positional")
    except TypeError as e:
        print("TypeError", type(e).__name__)
    c.close()
    print(await child())
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)


asyncio.run(main())


async def m2():
    print(asyncio.current_task().get_name())


# Every asyncio.run shuts down its loop with two more tasks, also when refusing a non-coroutine.
asyncio.run(m2())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
try:
    asyncio.run(Aw())
except ValueError as e:
    print("ValueError", e)
asyncio.run(m2())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(child()))
print(loop.run_until_complete(Aw()))
loop.close()
asyncio.run(m2())
