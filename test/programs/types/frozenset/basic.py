# frozenset: construction, immutability, methods it has and lacks, hashing, use as keys.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, 5 in f, frozenset(), frozenset('aab'), frozenset(range(4)))
print(f.union([9]), f.intersection({1, 2, 7}), f.difference([1]), f.symmetric_difference({3, 4}))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]), f.copy() is f)
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update',
             'difference_update', 'symmetric_difference_update']:
    try:
        getattr(f, name)
        print(name, 'found')
    except AttributeError as e:
        print('AttributeError:', e)
print(hasattr(f, 'union'), hasattr(f, 'add'), hasattr({1}, 'add'))
d = {f: 'f', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2, 1])}
print(len(s), sorted([sorted(x) for x in s]))
try:
    frozenset(1)
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset([1], [2])
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset(iterable=[1])
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset([[1]])
except TypeError as e:
    print('TypeError:', e)
try:
    f[0]
except TypeError as e:
    print('TypeError:', e)
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError:', e)
print(type(f), frozenset is type(f), isinstance(f, frozenset))
