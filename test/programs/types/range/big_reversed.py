# reversed() of ranges: range(start + (len-1)*step, start - step, -step) as an iterator, on
# 64-bit ints where CPython uses them (the iterator's type shows which) and on big ints past
# the 64-bit line, including starts and steps at its very edge.
import sys

MIN, MAX = -sys.maxsize - 1, sys.maxsize
cases = [
    range(10), range(10, 0, -3), range(0), range(2 ** 64, 2 ** 64 + 4), range(10 ** 20, 0, -3 * 10 ** 19),
    range(MIN, MIN + 3), range(MAX - 3, MAX), range(MIN + 1, MIN + 4), range(0, 10, MIN),
    range(MAX, MAX - 3, -1), range(MAX - 1, MAX - 5, -2), range(-1, -10, MIN), range(MIN, MAX, MAX),
    range(5, 1, MAX), range(-2 ** 70, 2 ** 70, 2 ** 69), range(2 ** 64, 0), range(3, 4, 2 ** 100),
]
for r in cases:
    it = reversed(r)
    items = list(it)
    print(r, type(reversed(r)).__name__, items == list(r)[::-1] if len(r) < 100 else '-', items[:3])
big = reversed(range(10 ** 20))
print(type(big).__name__, big.__length_hint__() == 10 ** 20, next(big), next(big), big.__length_hint__() == 10 ** 20 - 2)
print(list(reversed(range(MIN, MIN + 5, 2))), list(reversed(range(MAX, MAX - 5, -2))))
print(list(reversed(range(MIN, MAX, 2 ** 62))))
try:
    range(3).__reversed__(1)
except TypeError as e:
    print('TypeError:', e)
