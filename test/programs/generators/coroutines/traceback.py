# An exception in an awaited coroutine: every coroutine frame is in the traceback.
async def lookup(d, k):
    return d[k]

async def handler(d):
    v = await lookup(d, "a")
    w = await lookup(d, "b")
    return v + w

handler({"a": 1}).send(None)
