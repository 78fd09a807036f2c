# coroutine.__await__() returns an iterator over the coroutine (coroutine_wrapper).
async def inner(x):
    return x * 2
c = inner(21)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = inner(1)
w2 = c2.__await__()
try:
    w2.throw(ValueError("into wrapper"))
except ValueError as e:
    print("ValueError:", e)
c3 = inner(2)
w3 = c3.__await__()
print(w3.close(), c3.cr_suspended)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
