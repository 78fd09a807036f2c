# tee (independent iterators over one source, copies), zip_longest and pairwise.
from itertools import tee, zip_longest, pairwise
import copy


def source():
    for i in range(4):
        print('  source', i)
        yield i


a, b = tee(source())
print(next(a), next(a))
print(list(b))
print(list(a))

x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee([1], 0), len(tee([1])))
first, = tee(iter([7, 8]), 1)
print(list(first))

p, q = tee(range(3))
next(p)
r = copy.copy(p)
print(list(p), list(r), list(q), type(p).__name__)
s, t = tee(p)            # a tee of a tee reuses it
print(s is p, list(t))

try:
    tee([1], -1)
except ValueError as e:
    print('ValueError', e)
try:
    tee()
except TypeError as e:
    print('TypeError', e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('ab')))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print('TypeError', e)

print(list(pairwise('abcde')), list(pairwise('a')), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
try:
    pairwise([1], [2])
except TypeError as e:
    print('TypeError', e)
