# functools.lru_cache: hits, misses, eviction of the least recently used entry, cache_info()
# as a named tuple, cache_clear(), cache_parameters(), and the decorator forms.
import functools


@functools.lru_cache(maxsize=2)
def square(x):
    print('  computing', x)
    return x * x


print(square(2), square(3), square(2))
print(square(4))        # evicts 3, the least recently used
print(square(3))        # computed again
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], type(info).__name__)
print(info._fields, info._asdict())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.__wrapped__(10))


@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@functools.lru_cache()
def add(a, b=2):
    return a + b


# each calling convention is a different key
print(add(1), add(1, 2), add(1, b=2), add(a=1), add(a=1, b=2), add(1))
print(add.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@functools.lru_cache(maxsize=None)
def untyped(x):
    return repr(x)


# without typed=True, 1 and 1.0 are one key only if the key tuples compare equal:
# a lone int argument is its own key, a float is wrapped in a tuple
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@functools.lru_cache(0)
def never(x):
    print('  called', x)
    return x


print(never(1), never(1), never.cache_info())


@functools.lru_cache(maxsize=-3)
def negative(x):
    return x


print(negative(1), negative.cache_info())

try:
    square([1, 2])
except TypeError as e:
    print('TypeError', e)
print(square.cache_info())

for bad in (1.5, 'big'):
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)


class Grid:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=16)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


g = Grid(5)
print(g.paths(5, 5), g.paths(8, 8), Grid.paths.cache_info())
