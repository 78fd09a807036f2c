# Star-unpacking in assignments and for targets.
a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(x, y), *z = [(1, 2), 3, 4]
print(x, y, z)
for first, *rest in [[1, 2, 3], [4], (5, 6)]:
    print(first, rest)
[p, q] = 'pq'
print(p, q)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
