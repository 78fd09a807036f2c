# Async generators: async for, async comprehensions, __anext__/asend/athrow/aclose.
async def agen(n):
    for i in range(n):
        yield i
    print("agen done")

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print("collected", out)
    print([x * 2 async for x in agen(2)])
    a = agen(5)
    print(await a.__anext__(), await a.__anext__())
    await a.aclose()
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")
    return "main result"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

a = agen(2)
print(type(a).__name__, repr(a).split(" at ")[0], a.ag_running, a.ag_await)
x = a.__anext__()
print(type(x).__name__)
try:
    x.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    x.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def catcher():
    try:
        yield 1
    except ValueError as e:
        print("agen caught", e)
        yield 2
    finally:
        print("agen finally")

async def drive():
    g = catcher()
    print(await g.asend(None))
    print(await g.athrow(ValueError("thrown")))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")

try:
    drive().send(None)
except StopIteration:
    pass

async def bad():
    yield 1
    raise StopAsyncIteration

async def drive2():
    try:
        async for v in bad():
            print(v)
    except RuntimeError as e:
        print("RuntimeError:", e)

try:
    drive2().send(None)
except StopIteration:
    pass

async def notiter():
    async for x in [1, 2]:
        pass
try:
    notiter().send(None)
except TypeError as e:
    print("TypeError:", e)
