# Closing async generators: aclose(), finally blocks that await, dropping a suspended one.
async def helper(tag):
    print("helper", tag)
    return tag.upper()

async def resource(name):
    try:
        yield name + "-1"
        v = await helper(name)
        yield v
        yield name + "-3"
    finally:
        r = await helper("cleanup " + name)
        print("finally of", name, "got", r)

async def main():
    g = resource("a")
    async for v in g:
        print("value", v)
        if v == "A":
            break
    print("after break; closing explicitly")
    await g.aclose()
    await g.aclose()  # closing twice is fine
    h = resource("b")
    print(await h.__anext__())
    try:
        await h.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await h.asend(None)
    except StopAsyncIteration:
        print("b exhausted")

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    i = ignores()
    await i.__anext__()
    try:
        await i.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

async def plain():
    try:
        yield 1
    finally:
        print("plain finally on drop")

async def drop():
    p = plain()
    print(await p.__anext__())
    del p
    print("dropped")

try:
    drop().send(None)
except StopIteration:
    pass

async def agen():
    yield 1

a = agen()
x = a.aclose()
try:
    x.send(None)
except StopIteration:
    print("aclose of unstarted: StopIteration")
try:
    x.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
