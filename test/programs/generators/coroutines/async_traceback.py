# An exception inside an async generator driven by async for.
async def numbers(limit):
    for i in range(limit):
        yield 10 // (2 - i)

async def total():
    s = 0
    async for n in numbers(5):
        s += n
    return s

total().send(None)
