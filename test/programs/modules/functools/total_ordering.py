# functools.total_ordering fills in the missing comparisons from one root (preferring __lt__),
# passes NotImplemented through, and refuses a class with none; cmp_to_key turns an old-style
# comparison into key objects.
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(max(Version(0, 9), Version(0, 10)), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print(Version(1).__gt__(5), Version(1).__ge__('x'))
try:
    Version(1) >= 5
except TypeError as e:
    print('TypeError', e)


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n

    def __eq__(self, other):
        return self.n == other.n


x, y = Rank(1), Rank(2)
print(x < y, x <= y, x > y, y > x, y <= x)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=cmp_to_key(by_length_then_reverse)))

K = cmp_to_key(lambda p, q: p - q)
k3 = K(3)
print(k3.obj, K(1) < K(2), K(2) > K(1), K(1) == K(1), K(1) != K(1), K(2) <= K(1), K(2) >= K(2))
try:
    hash(k3)
except TypeError:
    print('key objects are unhashable')
