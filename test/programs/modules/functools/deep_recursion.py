# Recursion through decorators costs what it costs in CPython: a cached function recurses
# 450 levels deep under the default limit of 1000 (each level is the wrapper and the
# function), and a *args/**kwargs wrapper fails at the same depth as in CPython.
import functools
import sys


@functools.lru_cache(maxsize=None)
def chain_length(n):
    return 0 if n == 0 else 1 + chain_length(n - 1)


print(sys.getrecursionlimit(), chain_length(450), chain_length.cache_info())


@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(100, 100), partitions(60, 3))

deepest = 0


def traced(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@traced
def descend(n):
    global deepest
    deepest = n
    return descend(n + 1)


try:
    descend(1)
except RecursionError as e:
    print('RecursionError', e, deepest)
