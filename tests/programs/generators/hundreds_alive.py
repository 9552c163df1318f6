# Hundreds of generators and dozens of tasks alive at once in the pyboard's heap: suspended frames are
# kept in buffers as big as they are deep, not in a stack each.
import asyncio


def reader(k):
    seen = []
    while True:
        x = yield len(seen)
        seen.append(x + k)


readers = [reader(k) for k in range(300)]
for r in readers:
    next(r)
for rnd in range(3):
    for i, r in enumerate(readers):
        r.send(i * rnd)
print(sum(r.send(0) for r in readers))
del readers

done = []


async def worker(i):
    for step in range(3):
        await asyncio.sleep(0.001 * (1 + (i * 7 + step) % 5))
    done.append(i)


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(80)]
    for t in tasks:
        await t
    print(len(done), sorted(done) == list(range(80)))


asyncio.run(main())
