# asyncio.timeout and TaskGroup (CPython 3.11), with except* on the errors they raise.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    if fail:
        raise fail(name)
    print("done", name)
    return name


async def timeouts():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("expired", cm.expired())
            await job("long", 1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(0.05) as cm:
        print(await job("short", 0.01), cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            print("when", cm.when())
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            try:
                await job("rescheduled", 1)
            finally:
                print("cancelling", asyncio.current_task().cancelling())
    except TimeoutError:
        print("TimeoutError", asyncio.current_task().cancelling())
        try:
            cm.reschedule(None)
        except RuntimeError as e:
            print("RuntimeError", e)
    # Nested: only the inner one times out.
    async with asyncio.timeout(0.2):
        try:
            async with asyncio.timeout(0):
                await asyncio.sleep(0.01)
        except TimeoutError:
            print("inner timed out")
        print("outer goes on", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.01):
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("timeout_at")
    try:
        asyncio.timeout(1).reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)


async def groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.02))
        b = tg.create_task(job("b", 0.01))
        print("created")
    print("results", a.result(), b.result())
    # One task fails: the others and the block are cancelled, the error comes as a group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.01, ValueError))
            await job("body", 1)
    except* ValueError as eg:
        print("except*", repr(eg), [repr(e) for e in eg.exceptions])
    print("after", asyncio.current_task().cancelling())
    # An exception in the block itself.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("other", 1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("group", eg, eg.exceptions)
    # Two failing together, and a task that swallows its cancellation.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn ignores it")
        return "kept"
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(job("e1", 0, ValueError))
            tg.create_task(job("e2", 0, TypeError))
    except* TypeError as eg:
        print("TypeError part", eg.exceptions)
    except* ValueError as eg:
        print("ValueError part", eg.exceptions)
    print(s.result())
    late = job("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError", e)
    late.close()
    # The task running the group is cancelled from outside: it is not an error group.
    async def outer():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("inner", 1))
            await asyncio.sleep(1)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())


asyncio.run(timeouts())
asyncio.run(groups())
