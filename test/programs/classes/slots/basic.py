# __slots__: declared attributes can be set, read and deleted; undeclared ones raise
# AttributeError; instances have no __dict__; unset slots raise AttributeError on read; slot
# descriptors live on the class; class attributes remain read-only through instances.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, p.norm1())
p.x = 10
print(p.x, p.norm1())
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, '__dict__'), Point.__slots__)

del p.y
print(hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 7
print(p.y)

# The slot members are descriptors on the class.
print(type(Point.__dict__['x']).__name__, Point.x.__name__, 'x' in Point.__dict__)

# A single string is a single slot; a list works too.
class One:
    __slots__ = 'value'


class Listed:
    __slots__ = ['a', 'b']


o = One()
o.value = 'v'
print(o.value, One.__slots__, Listed.__slots__)
try:
    o.other = 1
except AttributeError as e:
    print('AttributeError:', e)

# A slot cannot share its name with a class attribute.
try:
    class Conflict:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print('ValueError:', e)

# Class attributes (non-slot) are read-only through instances of a slotted class.
class WithClassAttr:
    __slots__ = ('a',)
    default = 'class default'


w = WithClassAttr()
print(w.default)
try:
    w.default = 'instance value'
except AttributeError as e:
    print('AttributeError:', e)

# Empty __slots__ allows no instance attributes at all.
class Nothing:
    __slots__ = ()


try:
    Nothing().anything = 1
except AttributeError as e:
    print('AttributeError:', e)

# Including '__dict__' in __slots__ brings the dict back.
class Hybrid:
    __slots__ = ('fixed', '__dict__')


h = Hybrid()
h.fixed = 1
h.free = 2
print(h.fixed, h.free, h.__dict__)

# setattr/getattr with slots.
setattr(p, 'x', 99)
print(getattr(p, 'x'), getattr(p, 'nope', 'default'))
