# The loop's exception handler: what ends a task nobody awaits, and what a done-callback
# raises, go to it (the loop goes on); a task whose exception is asked for in time, or that
# is awaited, does not. (Without a handler of its own the loop prints them on stderr, which a
# board's console shares with stdout.)
import asyncio


def report(loop, context):
    print("handler:", context["message"].split(" ")[0], repr(context["exception"]))


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    asyncio.create_task(fail(1))
    for _ in range(4):
        await asyncio.sleep(0)
    awaited = asyncio.create_task(fail(2))
    try:
        await awaited
    except ValueError as e:
        print("awaited:", e)
    asked = asyncio.create_task(fail(3))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("asked:", repr(asked.exception()))
    for _ in range(3):
        await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(lambda fut: 1 / 0)
    await t
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("still running", loop.get_exception_handler())


asyncio.run(main())
