# Single inheritance: inherited methods and attributes, overriding, calling the base method
# explicitly through the class, inherited __init__, and attribute lookup through the chain.
class Shape:
    sides = 0
    name = 'shape'

    def __init__(self, label):
        self.label = label

    def describe(self):
        return self.label + ' is a ' + self.name + ' with ' + str(self.sides) + ' sides'

    def kind(self):
        return 'Shape.kind'


class Triangle(Shape):
    sides = 3
    name = 'triangle'


class Square(Shape):
    sides = 4
    name = 'square'

    def __init__(self, label, size):
        Shape.__init__(self, label)
        self.size = size

    def describe(self):
        return Shape.describe(self) + ' of size ' + str(self.size)

    def kind(self):
        return 'Square.kind -> ' + Shape.kind(self)


class Cube(Square):
    name = 'cube'

    def area(self):
        return 6 * self.size * self.size


t = Triangle('t1')
s = Square('s1', 5)
c = Cube('c1', 2)
print(t.describe())
print(s.describe())
print(c.describe())
print(t.kind())
print(s.kind())
print(c.kind())
print(c.area(), c.sides, c.name, Cube.sides)

# Changing a base class attribute is seen by subclasses that do not override it.
Shape.name = 'polygon'
print(Shape('p').describe())
print(t.describe())
Square.sides = 40
print(c.describe())

# Methods added to the base later are inherited too.
def perimeter(self):
    return self.sides * getattr(self, 'size', 1)


Shape.perimeter = perimeter
print(t.perimeter(), s.perimeter(), c.perimeter())

# The subclass attribute lives in its own __dict__ only.
print('describe' in Cube.__dict__, 'describe' in Square.__dict__, 'area' in Square.__dict__)
print(hasattr(s, 'area'), hasattr(c, 'area'))

# Inheriting from object explicitly is the same as not writing a base.
class A(object):
    pass


class B:
    pass


print(A.__bases__ == B.__bases__, [k.__name__ for k in A.__mro__], [k.__name__ for k in B.__mro__])

# A deep chain resolves each attribute to the nearest definition.
class L0:
    a = 0
    b = 0
    c = 0


class L1(L0):
    a = 1


class L2(L1):
    b = 2


class L3(L2):
    pass


print(L3.a, L3.b, L3.c, [k.__name__ for k in L3.__mro__])
