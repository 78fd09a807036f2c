# namedtuple: construction by position and keyword, field access, tuple behaviour, the
# helper methods (_make, _asdict, _replace), _fields, defaults, __doc__ and repr.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)), isinstance(p, tuple))
print(Point._fields, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(Point._make([1, 2]), Point._make(range(2)), p._asdict(), p._replace(x=100), p)
print(Point(**{'x': 3, 'y': 4}), Point(*[5, 6]))
print(repr(Point), Point.x.__doc__, Point.__match_args__, Point._field_defaults)

Color = namedtuple('Color', 'red green, blue')
print(Color(1, 2, 3), Color._fields)

Account = namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])
print(Account('ann'), Account('bob', 10), Account('cy', 5, 'USD'), Account._field_defaults)
print(Account.__new__.__defaults__)

Renamed = namedtuple('Renamed', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(Renamed._fields)

Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__)

# subclassing adds methods
class Vector(namedtuple('Vector', 'dx dy')):
    __slots__ = ()

    def __abs__(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1), type(v + v).__name__, v._replace(dx=0))

# fields are read-only
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)

# sorting and unpacking in loops
people = [namedtuple('Person', 'name age')(*t) for t in [('ann', 31), ('bob', 25), ('cy', 40)]]
for person in sorted(people, key=lambda q: q.age):
    print(person.name, person.age)
print(max(people, key=lambda q: q.age).name)

match Point(0, 5):
    case Point(0, yy):
        print('on the y axis at', yy)
