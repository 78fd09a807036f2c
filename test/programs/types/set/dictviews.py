# Set operations on dict keys and items views: they build real sets; comparisons with sets.
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 2, 'c': 30, 'd': 4}
k, ek = d.keys(), e.keys()
print(k | ek, k & ek, k - ek, k ^ ek)
print(type(k | ek), type({}.keys() | {1}), {}.keys() | {1})
print(k | ['z'], ['z'] | k, {'a'} | k, k & {'a', 'q'}, {'a', 'q'} & k)
print(k - {'a'}, {'a', 'x'} - k, k ^ {'a', 'x'}, {'a', 'x'} ^ k)
print(d.items() | e.items())
print(d.items() & e.items(), d.items() - e.items(), e.items() - d.items())
print(d.items() ^ e.items(), e.items() ^ d.items())
print(d.items() & {('a', 1), ('z', 0)}, d.items() ^ [('a', 1)])
print(k.isdisjoint(ek), k.isdisjoint({'x'}), k.isdisjoint(['a']), d.items().isdisjoint([('a', 1)]))
print(k == {'a', 'b', 'c'}, {'a', 'b', 'c'} == k, k < {'a', 'b', 'c', 'd'}, k >= {'a'})
print(k == frozenset('abc'), k != {'a'}, d.items() == {('a', 1), ('b', 2), ('c', 3)})
big = dict.fromkeys(range(40), 0)
print(big.keys() & set(range(35, 50)), set(range(35, 50)) & big.keys())
print(big.keys() & [1, 2, 3, 99], [1, 2, 3, 99] & big.keys())
print(big.keys() - set(range(5, 40)))
try:
    print(k | 5)
except TypeError as ex:
    print('TypeError:', ex)
try:
    print(5 - k)
except TypeError as ex:
    print('TypeError:', ex)
try:
    print(d.values() | {1})
except TypeError as ex:
    print('TypeError:', ex)
def t(f):
    try:
        print(f())
    except TypeError as ex:
        print('TypeError:', ex)
t(lambda: [1, 2] | {}.keys())
t(lambda: 5 | {}.keys())
t(lambda: {1: 2}.keys() <= {1, 2})
t(lambda: {1: 2}.items() > set())
t(lambda: {1} >= {1: 2}.keys())
t(lambda: {}.keys().isdisjoint(5))
t(lambda: {}.keys().isdisjoint())
t(lambda: {}.items().isdisjoint([], []))
t(lambda: {}.keys().isdisjoint(x=1))
t(lambda: {1: 1}.keys() - [[1]])
t(lambda: {1: 1}.items() | [[1]])
t(lambda: {1: 1}.keys() & [[1]])
