# union(): many iterables, none, self; | and |= with sets and frozensets; result types.
a = {1, 2, 3}
print(a.union(), a.union(a), a.union([3, 4], (5,), 'ab', {9: 0}))
print(a.union(range(10, 13), {100}), a)
print(a | {4}, {4} | a, a | a, a | frozenset([0]))
print(type(a | frozenset()), type(frozenset() | a))
print(frozenset([1]) | frozenset([2]), frozenset([1]).union([2], [3]))
b = a
b |= {10, 11}
print(a, b is a)
b |= frozenset({12})
print(a)
c = frozenset([1])
d = c
c |= {2}
print(c, d, c is d, type(c))
print(set().union(), set().union([]), set().union('aab'))
e = {1}
e.update()
e.update([2], (3,), {4: 4}, {5}, frozenset([6]), 'x')
print(e)
e.update(e)
print(e)
print(a.union([[]]) if False else 'skip')
try:
    a.union([[1]])
except TypeError as ex:
    print('TypeError:', ex)
try:
    a.union(5)
except TypeError as ex:
    print('TypeError:', ex)
print(a)
