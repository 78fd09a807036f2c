# async def makes coroutines; await chains them; send(None) drives them.
async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

c = compute()
print(type(c).__name__, repr(c).split(" at ")[0])
print(c.cr_running, c.cr_suspended, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c2 = compute()
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()

async def fails():
    await add(1, 2)
    raise ValueError("inside coroutine")

async def catcher():
    try:
        await fails()
    except ValueError as e:
        return "caught " + str(e)

try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)

async def not_awaitable():
    await 5

try:
    not_awaitable().send(None)
except TypeError as e:
    print("TypeError:", e)

def plain_gen():
    yield 1

async def await_gen():
    await plain_gen()

try:
    await_gen().send(None)
except TypeError as e:
    print("TypeError:", e)

async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)

try:
    depth(50).send(None)
except StopIteration as e:
    print("depth", e.value)

co = add(1, 1)
try:
    co.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(co.close())

# yield from a coroutine is refused in a plain generator
co2 = add(1, 2)
def yf():
    yield from co2

try:
    list(yf())
except TypeError as e:
    print("TypeError:", e)
co2.close()
