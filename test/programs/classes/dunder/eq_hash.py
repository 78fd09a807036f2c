# __eq__ and __hash__: defining __eq__ alone sets __hash__ to None (unhashable, with the
# TypeError message), explicit __hash__ restores hashing, equal objects colliding in dict keys,
# and inheriting __hash__ vs redefining __eq__ in a subclass.
class PointEq:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


print(PointEq.__hash__ is None, '__hash__' in PointEq.__dict__)
try:
    hash(PointEq(1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    {PointEq(1, 2): 'v'}
except TypeError as e:
    print('TypeError:', e)
try:
    d = {}
    d[PointEq(0, 0)] = 1
except TypeError as e:
    print('TypeError:', e)
print(PointEq(1, 2) == PointEq(1, 2), PointEq(1, 2) in [PointEq(0, 0), PointEq(1, 2)])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))


table = {Point(1, 2): 'a', Point(3, 4): 'b'}
print(table[Point(1, 2)], table[Point(3, 4)], Point(5, 6) in table)
table[Point(1, 2)] = 'replaced'
print(len(table), table[Point(1, 2)])
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))


# A constant hash: all keys collide, equality still separates them.
class Collide:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 7

    def __eq__(self, o):
        return self.k == o.k


d = {}
for k in [1, 2, 3, 2, 1]:
    d[Collide(k)] = d.get(Collide(k), 0) + 1
print(sorted([(key.k, v) for key, v in d.items()]))
print(hash(Collide(0)), hash(Collide(99)))

# hash() results are ints; -1 becomes -2; huge results are reduced.
class Minus:
    def __hash__(self):
        return -1


print(hash(Minus()))


class BadHash:
    def __hash__(self):
        return 'nope'


try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)


# Subclass redefining __eq__ loses the inherited __hash__.
class HashBase:
    def __hash__(self):
        return 1


class EqChild(HashBase):
    def __eq__(self, o):
        return True


class PlainChild(HashBase):
    pass


print(hash(PlainChild()), EqChild.__hash__ is None)
try:
    hash(EqChild())
except TypeError as e:
    print('TypeError:', e)


# Explicitly unhashable by setting __hash__ = None.
class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)

# Default objects hash by identity: the same object is always found.
o = object()
print({o: 1}[o], hash(o) == hash(o))
