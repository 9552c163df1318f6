# time.ticks_add refuses a delta that ticks_diff could not give back (MicroPython's
# OverflowError, "ticks interval overflow"), and so does asyncio.sleep_ms, when called
# (it would wait for days, then wrongly).
import asyncio
import time

mx = time.ticks_add(0, -1)
print(mx)
for d in (mx // 2, -(mx // 2) - 1, 0, 1, -1):
    print(d, time.ticks_diff(time.ticks_add(100, d), 100) == d)
for d in (mx // 2 + 1, -(mx // 2) - 2):
    try:
        time.ticks_add(100, d)
        print("no error")
    except OverflowError as e:
        print("OverflowError", e)


async def main():
    try:
        await asyncio.sleep_ms(mx // 2 + 1)
    except OverflowError as e:
        print("sleep_ms: OverflowError", e)
    await asyncio.sleep_ms(1)
    await asyncio.sleep_ms(-5)
    print("slept")


asyncio.run(main())
