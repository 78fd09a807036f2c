# compress, dropwhile, takewhile, filterfalse and starmap: results, laziness and the point
# where each stops pulling from its source.
from itertools import compress, dropwhile, takewhile, filterfalse, starmap

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(compress('abc', [1])), list(compress('a', [1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(str.isspace, '   indented')), ''.join(takewhile(str.isalpha, 'abc123')))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(starmap(divmod, zip(range(10, 14), [3] * 4))))


def numbers():
    for i in range(10):
        print('  produce', i)
        yield i


tw = takewhile(lambda x: x < 2, numbers())
print(list(tw))
print(list(tw))          # stays exhausted

dw = dropwhile(lambda x: x < 7, numbers())
print(next(dw), next(dw))

try:
    next(starmap(len, [5]))
except TypeError as e:
    print('TypeError', e)
try:
    next(takewhile(None, [1]))
except TypeError as e:
    print('TypeError', e)
for make in (lambda: dropwhile(len), lambda: filterfalse(None), lambda: starmap(len),
             lambda: compress('a')):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
