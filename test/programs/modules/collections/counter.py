# Counter: counting, most_common (ties keep first-seen order), elements, total, update and
# subtract, missing keys, the multiset operators and comparisons, repr.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), ''.join(Counter('cab').elements()))
print(Counter(), Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter(a=0, b=-2))
c.update('aab')
c.update({'a': 10, 'new': 1})
c.update(z=2)
print(c)
c.subtract('aaaz')
c.subtract({'new': 5}, )
c.subtract(b=100)
print(c)
del c['new']
del c['never there']
print(c, 'r' in c, 'new' in c)

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a2 = a.copy()
a2 += Counter(c=5)
print(a2, a)
a3 = Counter(x=5, y=1)
a3 -= Counter(x=2, y=3)
print(a3)
a4 = Counter(x=1, y=5)
a4 |= Counter(x=3)
a4 &= Counter(x=2, y=9)
print(a4)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3, b=1) >= Counter(a=3), Counter(a=1) > Counter())
print(Counter('a').__add__(5), Counter('a').__le__({'a': 1}))
try:
    Counter('a') + 5
except TypeError as e:
    print('TypeError', e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)

mixed = Counter({'x': 1.5, 'y': 'many'})
print(mixed)


class Tally(Counter):
    pass


t = Tally('aab')
print(t, t.copy(), type(t.copy()).__name__, type(t + t).__name__)
print(isinstance(c, dict), Counter([('a', 1), ('a', 1)]), Counter(iter('xyx')))
