# yield from: delegating to iterables and generators, and its result.
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from [100, 101]
    print("list gives", b)
    c = yield from "xy"
    d = yield from range(3, 5)
    e = yield from ()
    yield (c, d, e)
    return a

print(list(outer()))
g = outer()
for x in g:
    pass

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6), "ab", {"k": 1})))

def level(n):
    if n == 0:
        return "bottom"
    r = yield from level(n - 1)
    yield n
    return r + "+" + str(n)

g = level(4)
print(list(g))
def top():
    r = yield from level(3)
    print("top got", r)
list(top())

def gi_yieldfrom_demo():
    yield from sub
sub = inner(3)
d = gi_yieldfrom_demo()
print(d.gi_yieldfrom is None)
next(d)
print(d.gi_yieldfrom is sub)
print(list(d), d.gi_yieldfrom)

try:
    list(chain([1], 5))
except TypeError as e:
    print("TypeError:", e)
