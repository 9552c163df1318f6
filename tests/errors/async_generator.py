# error: 3:5: async generators (`yield` in an `async def`) are not supported
class Clock:
    async def ticks(self):
        yield 1
