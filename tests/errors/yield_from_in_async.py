# error: 4:9: 'yield from' inside async function
class Clock:
    async def ticks(self):
        yield from range(3)
