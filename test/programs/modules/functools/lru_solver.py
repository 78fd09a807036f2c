# An LRU-cached recursive solver: edit distance, coin change and longest common subsequence
# with functools.lru_cache / cache, showing cache statistics and a bounded cache's evictions.
from functools import lru_cache, cache, partial


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)
    result = d(len(a), len(b))
    return result, d.cache_info()


for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('intention', 'execution'), ('', 'abc')]:
    dist, info = edit_distance(a, b)
    print(a, b, dist, info.hits, info.misses, info.currsize)


@cache
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), ways(11, (5, 2)), ways.cache_info().currsize)


@lru_cache(maxsize=64)
def lcs(x, y):
    if not x or not y:
        return ''
    if x[0] == y[0]:
        return x[0] + lcs(x[1:], y[1:])
    left, right = lcs(x[1:], y), lcs(x, y[1:])
    return left if len(left) >= len(right) else right


print(repr(lcs('AGGTAB', 'GXTXAYB')), repr(lcs('ABCBDAB', 'BDCABA')))
info = lcs.cache_info()
print(info.maxsize, info.currsize <= 64, info.hits > 0)
lcs.cache_clear()
print(lcs.cache_info())


@lru_cache(maxsize=3)
def slow_square(n):
    print('  computing', n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(n)
print(slow_square.cache_info())

collatz_len = None


@cache
def collatz(n):
    if n == 1:
        return 1
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz.cache_info().currsize > 3000)
scaled = partial(edit_distance, 'pyrite')
print(scaled('python')[0], scaled('pyrites')[0])
