# Iterating ranges beyond 64 bits: CPython's longrange_iterator (the type name shows), with
# __length_hint__, used by for, list(), sum(), zip() and enumerate(); ranges at the edge of the
# 64-bit line pick the same iterator type as CPython.
import sys

r = range(2 ** 64 - 3, 2 ** 64 + 3)
for x in r:
    print(x, x - 2 ** 64)
it = iter(range(10 ** 20, 10 ** 20 + 3 * 10 ** 18, 10 ** 18))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__(), next(it, 'done'))
print(sum(range(2 ** 70, 2 ** 70 + 1000)) == 1000 * 2 ** 70 + 499500)
print(list(zip('abc', range(-2 ** 65, 0, 2 ** 64))), list(enumerate(range(2 ** 100, 2 ** 100 + 2))))
print([x % 1000 for x in range(10 ** 30, 10 ** 30 + 10 ** 25, 10 ** 24)])
huge = iter(range(10 ** 50))
print(huge.__length_hint__() == 10 ** 50, next(huge), next(huge), huge.__length_hint__() == 10 ** 50 - 2)

for r in (range(10), range(sys.maxsize), range(-sys.maxsize - 1, sys.maxsize), range(0, sys.maxsize, 2),
          range(0, sys.maxsize - 1, 2), range(sys.maxsize, 0, -1), range(0, -sys.maxsize - 1, -1),
          range(0, -sys.maxsize, -2), range(1, 2, sys.maxsize), range(5, 5), range(2 ** 63), range(2 ** 64, 0)):
    it = iter(r)
    print(r, type(it).__name__, it.__length_hint__() == len(range(0)) or it.__length_hint__() > 0)
print(list(range(sys.maxsize - 2, sys.maxsize)), list(range(-sys.maxsize - 1, -sys.maxsize + 2)))
print(list(range(sys.maxsize - 4, sys.maxsize, 3)), list(range(-sys.maxsize, -sys.maxsize - 2, -1)))
try:
    list(range(2 ** 64))
except OverflowError as e:
    print('OverflowError:', e)
a, b, c = range(2 ** 64, 2 ** 64 + 3)
print(a, b, c, *range(-2 ** 64, -2 ** 64 + 2))
