# range() accepts ints of any size: start, stop and step keep their values (and types: plain
# int), repr shows them, bool() needs no len(), and len() overflows past sys.maxsize as CPython's.
import sys

cases = [
    range(10 ** 20),
    range(2 ** 64, 2 ** 64 + 5),
    range(-2 ** 70, 2 ** 70, 2 ** 69),
    range(5, -10 ** 30, -7),
    range(0, 1, 2 ** 100),
    range(2 ** 64, 0),
    range(-2 ** 63, 2 ** 63),
    range(sys.maxsize + 1),
    range(True, 2 ** 65, 2 ** 64),
]
for r in cases:
    print(r, r.start, r.stop, r.step, bool(r))
    print('  types', type(r.start).__name__, type(r.stop).__name__, type(r.step).__name__)
    try:
        print('  len', len(r))
    except OverflowError as e:
        print('  len OverflowError:', e)

# the length is exact even when it does not fit: compare it with an explicit formula
for r in cases:
    n = max(0, -((r.start - r.stop) // r.step))
    print(n, n > sys.maxsize)

print(len(range(sys.maxsize)), len(range(1, sys.maxsize + 1)))
try:
    len(range(-1, sys.maxsize))
except OverflowError as e:
    print('OverflowError', e)
print(len(range(2 ** 64, 2 ** 64 + 10 ** 6, 3)), len(range(-2 ** 100, -2 ** 100 - 50, -1)))


class Big:
    def __index__(self):
        return 3 ** 50


r = range(Big())
print(r, r.stop == 3 ** 50, type(r.stop).__name__)
r = range(Big(), 3 ** 50 + 4)
print(r, list(r))
