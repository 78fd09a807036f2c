# Multiple inheritance: attribute resolution left to right, mixins adding behaviour, method
# resolution when several bases define the same method, and __bases__ order.
class Walker:
    def move(self):
        return 'walk'

    def walk_speed(self):
        return 5


class Swimmer:
    def move(self):
        return 'swim'

    def swim_speed(self):
        return 3


class Flyer:
    altitude = 100

    def move(self):
        return 'fly'


class Duck(Walker, Swimmer, Flyer):
    pass


class Fish(Swimmer):
    pass


class FlyingFish(Fish, Flyer):
    pass


class Penguin(Swimmer, Walker):
    def move(self):
        return 'waddle then ' + Swimmer.move(self)


d = Duck()
print(d.move(), d.walk_speed(), d.swim_speed(), d.altitude)
print(FlyingFish().move(), FlyingFish.altitude)
print(Penguin().move(), Penguin().walk_speed())
print([b.__name__ for b in Duck.__bases__])
print([c.__name__ for c in Duck.__mro__])
print([c.__name__ for c in FlyingFish.__mro__])
print([c.__name__ for c in Penguin.__mro__])
print(isinstance(d, Walker), isinstance(d, Swimmer), isinstance(d, Flyer), isinstance(d, Fish))


# Mixins providing reusable methods that rely on attributes of the final class.
class ReprMixin:
    def show(self):
        parts = []
        for key in sorted(self.__dict__):
            parts.append(key + '=' + str(self.__dict__[key]))
        return type(self).__name__ + '(' + ', '.join(parts) + ')'


class CompareMixin:
    def same_as(self, other):
        return self.__dict__ == other.__dict__


class Money(ReprMixin, CompareMixin):
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency


m1 = Money(5, 'EUR')
m2 = Money(5, 'EUR')
m3 = Money(7, 'USD')
print(m1.show(), m3.show())
print(m1.same_as(m2), m1.same_as(m3), m1 == m2)

# Class attributes are also resolved through the MRO.
class Base1:
    x = 'Base1.x'
    y = 'Base1.y'


class Base2:
    x = 'Base2.x'
    z = 'Base2.z'


class Both(Base1, Base2):
    pass


class BothReversed(Base2, Base1):
    pass


print(Both.x, Both.y, Both.z)
print(BothReversed.x, BothReversed.y, BothReversed.z)

# Duplicate base class is a TypeError.
try:
    class Dup(Base1, Base1):
        pass
except TypeError as e:
    print('TypeError:', e)

# An instance whose class has many bases.
class A: v = 'A'
class B: w = 'B'
class C: u = 'C'
class ABC(A, B, C): pass

o = ABC()
print(o.v, o.w, o.u, len(ABC.__bases__), issubclass(ABC, (B,)))
