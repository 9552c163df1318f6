# error: 5:5: 'return' with value in async generator
async def ticks(n):
    for i in range(n):
        yield i
    return n
