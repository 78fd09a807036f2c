# An exception raised by user code called from the library (here through an lru_cache
# wrapper, which CPython writes in C) shows only the program's frames, as in CPython.
import functools


@functools.lru_cache(maxsize=None)
def ratio(n):
    return 100 // n


print(ratio(5))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))
print(ratio(0))
