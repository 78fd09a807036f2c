# Subclasses of tuple: __new__ taking named fields (a hand-written namedtuple), properties over
# indexes, immutability, unpacking, comparison and hashing inherited from tuple, _replace-style
# methods returning new instances.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return 'Point(x=' + repr(self.x) + ', y=' + repr(self.y) + ')'

    def replace(self, **kw):
        return Point(kw.get('x', self.x), kw.get('y', self.y))

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])


p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), list(p), tuple(p))
a, b = p
print(a, b, p == (3, 4), (3, 4) == p, hash(p) == hash((3, 4)))
print(p.replace(y=10), p + Point(1, 1), p + (10, 20), p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: 'here'}[(3, 4)], p in [(3, 4)], p.count(3), p.index(4))
try:
    p[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 9
except AttributeError as e:
    print('AttributeError:', e)
print(type(p[:1]).__name__, type(p * 2).__name__, isinstance(p, tuple))


class Pair(tuple):
    def __new__(cls, a, b):
        if a > b:
            a, b = b, a
        return super().__new__(cls, (a, b))

    def span(self):
        return self[1] - self[0]


pairs = [Pair(5, 1), Pair(2, 3), Pair(9, 9)]
print(pairs, [q.span() for q in pairs], max(pairs, key=Pair.span))
print(Pair(7, 2) == Pair(2, 7), type(Pair(1, 2)).__name__)

# Wrong number of arguments to __new__.
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)

# Empty tuple subclass instances are distinct objects but compare equal.
class Empty(tuple):
    pass


e1 = Empty()
e2 = Empty()
print(e1 == e2, e1 == (), len(e1), bool(e1), Empty([1, 2]), Empty('ab'))
