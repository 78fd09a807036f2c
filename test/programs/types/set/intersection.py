# intersection(), &, &= and intersection_update(); an iterable stops once the result is full.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.intersection(b), a & b, b & a, a.intersection([4, 1, 9]), a.intersection('ab'))
print(a.intersection(), a.intersection(a), a.intersection(b, [4]), a.intersection(b, []))
print(type(frozenset(a) & b), type(a & frozenset(b)), frozenset(a).intersection(b))
print({1}.intersection([1, []]))
try:
    {1, 2}.intersection([1, [], 2])
except TypeError as e:
    print('TypeError:', e)
try:
    a.intersection(3)
except TypeError as e:
    print('TypeError:', e)
c = set(a)
print(c.intersection_update([2, 3, 9]), c)
c.intersection_update({3}, (3, 4))
print(c)
c.intersection_update()
print(c)
d = set(range(20))
d &= set(range(5, 50, 3))
print(d)
e = d
e &= frozenset([8, 11, 99])
print(d, e is d)
f = frozenset(range(10))
g = f
f &= {1, 2, 300}
print(f, g, type(f))
print(set(range(100)) & set(range(95, 105)))
print({'a', 'b', 'c'} & {'c', 'd', 'a'})
h = {1, 2, 3}
h.intersection_update(h)
print(h)
