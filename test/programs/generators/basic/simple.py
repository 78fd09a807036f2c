# Yielding values: list(), for, next(), exhaustion, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(4)))
for x in count(3):
    print("for", x)

g = count(2)
print(next(g), next(g))
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

def with_return():
    yield 1
    return "result"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
print(list(with_return()))

def empty():
    return
    yield

print(list(empty()), next(empty(), "nothing"))

# the generator's type and repr (no address printed)
print(type(g).__name__, type(g))
r = repr(count(1))
print(r.startswith("<generator object count at 0x"), r.endswith(">"))

def outer():
    def inner():
        yield 1
    return inner()

print(repr(outer()).split(" at ")[0])
print(count(1).__name__, outer().__qualname__, outer().__name__)
