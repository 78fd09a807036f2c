# islice: stop, start/stop/step, None bounds, lazy consumption of the source (it stops pulling
# once done), and CPython's ValueError texts.
import sys
from itertools import islice, count

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', None)), list(islice('AB', 5)))
print(list(islice(count(), 3, 20, 5)), list(islice('ABC', None, None, None)), list(islice('ABC', 0)))

it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))   # item 5 is left for later

it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))


def noisy():
    for i in range(100):
        print('  pulled', i)
        yield i


s = islice(noisy(), 1, 4, 2)
print(list(s))
print(list(s))

print(list(islice(range(10), sys.maxsize)), list(islice(range(3), 1, sys.maxsize)))

for args in [(-1,), (1, -1), ('a',), (1.5,), (-2, 5), (0, 2, 0), (0, 2, -1), (0, 2, 'x'), (None, 5, 2.0)]:
    try:
        print(list(islice('abcdef', *args)))
    except ValueError as e:
        print('ValueError', e)
for args, kw in [((), {}), (('a',), {}), (('a', 1, 2, 3, 4), {}), (('a', 3), {'step': 1})]:
    try:
        islice(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    islice(5, 1)
except TypeError as e:
    print('TypeError', e)
