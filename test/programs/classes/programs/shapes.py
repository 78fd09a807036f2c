# A shape hierarchy: an abstract-ish base class whose methods raise NotImplementedError,
# concrete subclasses overriding area/perimeter, shared behaviour in the base (describe,
# comparison by area, scaling via a classmethod-built copy), a composite shape, and a
# registry of shape kinds built with __init_subclass__.
class Shape:
    kinds = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.kinds[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError(type(self).__name__ + ' must implement area()')

    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ' must implement perimeter()')

    def scaled(self, k):
        raise NotImplementedError

    def describe(self):
        return type(self).__name__ + ': area=' + format(self.area(), '.2f') + ' perimeter=' + format(self.perimeter(), '.2f')

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()

    __hash__ = None


PI = 3.141592653589793


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r * self.r

    def perimeter(self):
        return 2 * PI * self.r

    def scaled(self, k):
        return Circle(self.r * k)


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scaled(self, k):
        return type(self)(self.w * k, self.h * k)


class Square(Rect):
    def __init__(self, side, _h=None):
        super().__init__(side, side)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError('not a triangle: ' + str((a, b, c)))
        self.sides = (a, b, c)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

    def perimeter(self):
        return sum(self.sides)


class Blob(Shape):
    pass


class Group(Shape):
    def __init__(self, *members):
        self.members = list(members)

    def area(self):
        return sum([m.area() for m in self.members])

    def perimeter(self):
        return sum([m.perimeter() for m in self.members])

    def scaled(self, k):
        return Group(*[m.scaled(k) for m in self.members])


shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Group(Square(1), Circle(0.5))]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in sorted(shapes)])
print(max(shapes).describe(), Rect(2, 2) == Square(2), Rect(1, 4) == Square(2), Square(3) < Circle(2))
big = [s.scaled(2) for s in shapes if not isinstance(s, Triangle)]
print([type(s).__name__ + ' ' + format(s.area(), '.1f') for s in big])
print(sorted(Shape.kinds), Shape.kinds['square'](5).area())
try:
    Blob().describe()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    Triangle(3, 4, 5).scaled(2)
except NotImplementedError as e:
    print('NotImplementedError:', repr(e), type(e).__mro__[1].__name__)
try:
    Triangle(1, 1, 5)
except ValueError as e:
    print('ValueError:', e)
made = [Shape.kinds[name](*args) for name, args in [('circle', (2,)), ('rect', (1, 5)), ('triangle', (5, 5, 6))]]
print([format(m.area(), '.3f') for m in made], sum([m.perimeter() for m in made]))
