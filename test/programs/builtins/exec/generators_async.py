# Generators, generator expressions, coroutines and async generators made by exec'd code.
ns = {}
exec('''
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'

def delegator():
    result = yield from countdown(3)
    yield result

async def coro(x):
    return x * 2

async def agen(n):
    for i in range(n):
        yield i

squares = (i * i for i in range(5))
''', ns)
print(list(ns['countdown'](4)), list(ns['delegator']()))
print(list(ns['squares']))
g = eval("(c for c in 'abc')")
print(type(g).__name__, list(g))

def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as e:
        return e.value
print(run(ns['coro'](21)))

async def collect():
    return [x async for x in ns['agen'](3)]
print(run(collect()))

# eval of a generator expression closes over the eval's locals
gen = eval("(x * factor for x in range(3))", {}, {'factor': 3})
try:
    print(list(gen))
except NameError as e:
    print('NameError', e)
gen = eval("(x * 3 for x in data)", {}, {'data': [1, 2]})
print(list(gen))

# send and throw into a generator defined by exec'd code
exec('''
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = 'caught ' + str(e)
''', ns)
e = ns['echo']()
next(e)
print(e.send('hello'), e.throw(ValueError('bad')), e.send(42))
e.close()
