# difference(), -, -= and difference_update() with sets, dicts and other iterables.
a = set(range(10))
print(a - {1, 2}, a.difference([3, 4], (5,)), a.difference(), a.difference(a))
print(a.difference({0: 'x', 9: 'y'}), a.difference('abc'), a - set())
print({1, 2} - set(range(100)), set(range(100)) - set(range(2, 100)))
print(type(frozenset(a) - {1}), frozenset([1, 2]) - frozenset([2]))
b = set(a)
print(b.difference_update({1, 3}, [5], range(7, 20)), b)
b -= {2}
print(b)
b -= b
print(b)
c = set(range(40))
c.difference_update(range(0, 40, 2))
print(c)
c.difference_update(set(range(1000)))
print(c, len(c))
d = {1, 2, 3}
d.difference_update(d)
print(d)
try:
    a - [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a.difference(1)
except TypeError as e:
    print('TypeError:', e)
try:
    a.difference_update([[1]])
except TypeError as e:
    print('TypeError:', e)
e = set(range(64))
for i in range(0, 64, 3):
    e -= {i}
print(e)
print({'x', 'y', 'z'} - {'y'})
