# An event loop's own methods: run_until_complete, run_forever and stop, is_running,
# is_closed, call_soon, set_event_loop, and the errors of running a loop inside another or a
# closed one.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    fut = loop.create_future()
    task = asyncio.create_task(work(1))
    coro = work(2)
    s = asyncio.sleep(0)
    for obj in (fut, task, coro, None, 1, s):
        print(asyncio.isfuture(obj))
    s.close()
    # Running a loop inside a running one is refused before the coroutine becomes a task.
    for lp in (loop, other):
        c = work(0)
        try:
            lp.run_until_complete(c)
        except RuntimeError as e:
            print("RuntimeError", e)
        c.close()
        try:
            lp.run_forever()
        except RuntimeError as e:
            print("RuntimeError", e)
    print(asyncio.current_task().get_name(), asyncio.create_task(work(3)).get_name())
    fut.cancel()
    print(await task, await coro)
    return loop


other = asyncio.new_event_loop()
loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work("a")))
loop.call_soon(lambda: print("in loop", loop.is_running()))
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.is_running())
loop.close()
print(loop.is_closed())
c = work("b")
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
asyncio.set_event_loop(other)
print(asyncio.get_event_loop() is other, other.run_until_complete(work("c")))
other.close()
print(asyncio.run(work("d")), asyncio.run(main()).is_closed())
