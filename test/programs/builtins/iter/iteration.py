# enumerate, zip, map, filter, reversed, iter/next.
print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], start=5)))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda v: v % 3 == 0, range(10))))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed('abc')))
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
for i, (a, b) in enumerate(zip('xy', [10, 20])):
    print(i, a, b)
