# symmetric_difference(), ^, ^= and symmetric_difference_update() with every kind of operand.
a = {1, 2, 3}
b = {3, 4, 5}
print(a ^ b, b ^ a, a.symmetric_difference([3, 9, 9]), a.symmetric_difference({2: 0, 7: 0}))
print(a ^ a, a ^ set(), set() ^ a, a.symmetric_difference('ab'))
print(type(frozenset(a) ^ b), frozenset(a) ^ frozenset(b), frozenset(a).symmetric_difference([1]))
c = set(a)
print(c.symmetric_difference_update([1, 10]), c)
c.symmetric_difference_update({10: 'v', 11: 'w'})
print(c)
c.symmetric_difference_update(c)
print(c)
c ^= {5, 6}
print(c)
d = c
d ^= frozenset([6, 7])
print(c, d is c)
try:
    a ^ [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a.symmetric_difference(2)
except TypeError as e:
    print('TypeError:', e)
try:
    a.symmetric_difference()
except TypeError as e:
    print('TypeError:', e)
try:
    a.symmetric_difference_update([{}])
except TypeError as e:
    print('TypeError:', e)
print(set(range(0, 30, 2)) ^ set(range(0, 30, 3)))
print({'a', 'b'} ^ {'b', 'c'})
