# Read-only properties: setting or deleting a property without fset/fdel raises AttributeError
# with CPython 3.11's messages; properties raising AttributeError in the getter.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return 3 * self._r * self._r

    @property
    def broken(self):
        return self.nonexistent


c = Circle(2)
print(c.radius, c.area)
try:
    c.radius = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del c.area
except AttributeError as e:
    print('AttributeError:', e)
try:
    c.broken
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(c, 'broken'), hasattr(c, 'radius'))
print(getattr(c, 'broken', 'fallback'))

# A property with only a setter cannot be read.
class WriteOnly:
    def _set(self, v):
        self.stored = v * 2

    secret = property(None, _set)


w = WriteOnly()
w.secret = 21
print(w.stored)
try:
    w.secret
except AttributeError as e:
    print('AttributeError:', e)

# Lambda-based property: the message names the attribute by where it was found.
class L:
    x = property(lambda self: 'x value')


l = L()
print(l.x)
try:
    l.x = 1
except AttributeError as e:
    print('AttributeError:', e)

# Accessing the property on the class returns the property itself.
print(type(Circle.radius).__name__, Circle.radius.fset, Circle.radius.fdel)

print('about to assign a read-only property')
c.area = 10
