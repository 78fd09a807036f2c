# The infinite iterators count, cycle and repeat: values, reprs as they advance, float and
# negative steps, and repeat's countdown.
from itertools import count, cycle, repeat, islice

c = count()
print(c, next(c), next(c), c)
print(list(islice(count(10), 4)), list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), count(2.5), count(0, 1.0), count(1, 2), count(step=3))
c = count(3, 5)
next(c)
print(c, next(c), c)
print(count(True), next(count(True)), count(-7))
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
try:
    count(1, 'x')
except TypeError as e:
    print('TypeError', e)

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(cycle([])))


def source():
    for ch in 'xy':
        print('  source gives', ch)
        yield ch


cy = cycle(source())
print([next(cy) for _ in range(5)])

r = repeat('ab', 3)
print(r, next(r), r, list(r), r)
print(repeat(None), list(repeat(7, 0)), list(repeat(7, -3)), repeat(7, -3))
print(list(map(pow, range(5), repeat(2))))
print(list(zip('abc', repeat(0))))
print(repeat([1], times=2))
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(1)).__name__)
print(iter(c) is c, iter(cy) is cy, iter(r) is r)
