# Membership: in / not in, __contains__, unhashable probes, sets looked up as frozensets.
s = {1, 'two', (3, 4), None, 5.5, frozenset([6])}
for x in [1, 1.0, True, 'two', 'TWO', (3, 4), (4, 3), None, 5.5, 6, frozenset([6]), {6}]:
    print(repr(x), x in s, x not in s)
print(s.__contains__(1), s.__contains__(99))
try:
    print([1] in s)
except TypeError as e:
    print('TypeError:', e)
try:
    print({} in {1})
except TypeError as e:
    print('TypeError:', e)
try:
    print(([1], 2) in s)
except TypeError as e:
    print('TypeError:', e)
print(set() in {frozenset()}, {1, 2} in {frozenset([2, 1])}, {1} in {frozenset([2])})
big = set(range(0, 10000, 7))
print(sum([1 for i in range(10000) if i in big]), 700 in big, 701 in big)
print(-1 in {-1}, -2 in {-1}, 2**62 in {2**62})
print('' in {''}, 'a' in set('abc'), 'ab' in set('abc'))
try:
    s.__contains__()
except TypeError as e:
    print('TypeError:', e)
