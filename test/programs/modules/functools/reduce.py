# functools.reduce: left fold, the initial value, empty iterables, and the C function's
# argument errors.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(operator.add, [], 'start'))
print(reduce(operator.add, ['only']))
print(reduce(lambda a, b: a + [b], 'abc', []))
print(reduce(max, (3, 9, 2, 7)))
print(reduce(operator.mul, range(1, 11)))

# the function sees the pairs in order
def show(a, b):
    print('  combine', a, b)
    return a + b

print(reduce(show, [1, 2, 3], 100))

# works on any iterable, consumes it lazily
def numbers():
    for i in range(4):
        print('  yield', i)
        yield i

print(reduce(operator.add, numbers()))

for args, kwargs in [((), {}), ((operator.add,), {}), ((operator.add, [], 1, 2), {}),
                     ((operator.add, []), {}), ((operator.add, 5), {}),
                     ((), {'function': operator.add})]:
    try:
        reduce(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
