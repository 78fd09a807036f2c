# add, discard and remove: present and absent items, unhashable items, set items as keys.
s = set()
for x in [5, 3, 5, 'a', (1, 2), None, 3]:
    s.add(x)
    print(len(s), end=' ')
print()
print(sorted(s, key=repr))
print(s.add(5), s.discard(99), s.discard(5), 5 in s)
s.remove('a')
print('a' in s, len(s))
try:
    s.remove('a')
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    s.remove((7, 8))
except KeyError as e:
    print('KeyError', e, e.args)
for bad in [[1], {}, {1}]:
    try:
        s.add(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        s.discard(bad)
        print('discard ok')
    except TypeError as e:
        print('TypeError', e)
fs = {frozenset([1, 2]), frozenset()}
fs.discard({1, 2})
print(fs)
fs.add(frozenset([3]))
fs.remove({3})
print(fs)
try:
    fs.remove({4})
except KeyError as e:
    print('KeyError', e)
print({1} in fs, set() in fs, {3} in fs)
t = {1, 2, 3}
t.discard(2)
t.add(2)
print(t)
for i in range(10):
    t.add(i)
    t.discard(i - 1)
print(t)
