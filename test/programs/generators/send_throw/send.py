# send(): values in, values out.
def echo():
    received = []
    value = yield "ready"
    while value is not None:
        received.append(value)
        value = yield "got " + str(value)
    return received

g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(5)
except StopIteration as e:
    print("exhausted:", repr(e))

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(next(g))

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = accumulate()
next(acc)
for v in [10, 20, 30]:
    print(acc.send(v))
try:
    next(acc)
except StopIteration as e:
    print("final", e.value)

# return values that are tuples or exceptions stay whole in StopIteration.value
def ret(v):
    yield
    return v

for v in [(1, 2), ValueError("x"), None, [3]]:
    g = ret(v)
    next(g)
    try:
        g.send(None)
    except StopIteration as e:
        print(repr(e.value), e.args == (v,) if v is not None else e.args)

print(g.send.__name__ if False else "ok")
for bad in [lambda: g.send(), lambda: g.send(1, 2), lambda: g.send(x=1), lambda: g.__next__(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
