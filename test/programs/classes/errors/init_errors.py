# Errors when instantiating: wrong arguments to __init__ (messages name Class.__init__ with
# self counted), object() and classes without __init__ given arguments, __new__ and __init__
# argument mismatches, and __init__ returning a value.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Empty:
    pass


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


def attempt(text, fn):
    try:
        obj = fn()
        print(text, '->', type(obj).__name__)
    except TypeError as e:
        print(text, '->', 'TypeError:', e)


attempt('Point()', lambda: Point())
attempt('Point(1, 2, 3)', lambda: Point(1, 2, 3))
attempt('Point(1, z=2)', lambda: Point(1, z=2))
attempt('Point(1, x=2)', lambda: Point(1, x=2))
attempt('Point(1)', lambda: Point(1))
attempt('object(1)', lambda: object(1))
attempt('object(a=1)', lambda: object(a=1))
attempt('Empty(1)', lambda: Empty(1))
attempt('Empty(k=1)', lambda: Empty(k=1))
attempt('OnlyNew()', lambda: OnlyNew())
attempt('OnlyNew(1)', lambda: OnlyNew(1))
attempt('OnlyNew(1, 2)', lambda: OnlyNew(1, 2))


class ReturnsValue:
    def __init__(self):
        return 5


class ReturnsNone:
    def __init__(self):
        return None


class ReturnsSelf:
    def __init__(self):
        return self


attempt('ReturnsNone()', lambda: ReturnsNone())
attempt('ReturnsValue()', lambda: ReturnsValue())
attempt('ReturnsSelf()', lambda: ReturnsSelf())


# __new__ returning an instance of another class skips __init__.
class Other:
    pass


class Diverts:
    def __new__(cls):
        return Other()

    def __init__(self):
        print('Diverts.__init__ never runs')


attempt('Diverts()', lambda: Diverts())


# __new__ returning a subclass instance runs the subclass's __init__ path (on that object).
class Shape:
    def __new__(cls, sides):
        if cls is Shape and sides == 3:
            return super().__new__(Triangle)
        return super().__new__(cls)

    def __init__(self, sides):
        self.sides = sides
        print('  Shape.__init__', type(self).__name__, sides)


class Triangle(Shape):
    pass


s = Shape(3)
print(type(s).__name__, s.sides)
s = Shape(4)
print(type(s).__name__, s.sides)


# Calling __init__ with keyword arguments it does not accept, via a subclass.
class Sub(Point):
    pass


attempt('Sub(1, 2, 3)', lambda: Sub(1, 2, 3))

print('creating an instance whose __init__ returns a value')
ReturnsValue()
