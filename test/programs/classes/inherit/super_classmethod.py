# super() inside classmethods and staticmethod-free alternate constructors: cls is passed on,
# so subclass constructors build subclass instances; super() in __init_subclass__-free hooks.
class Shape:
    registry = []

    def __init__(self, name, size):
        self.name = name
        self.size = size

    @classmethod
    def create(cls, size):
        return cls(cls.__name__.lower(), size)

    @classmethod
    def describe(cls):
        return 'Shape.describe(' + cls.__name__ + ')'

    @classmethod
    def defaults(cls):
        return {'size': 1}


class Circle(Shape):
    @classmethod
    def create(cls, size):
        obj = super().create(size * 2)
        obj.round = True
        return obj

    @classmethod
    def describe(cls):
        return 'Circle.describe > ' + super().describe()

    @classmethod
    def defaults(cls):
        d = super().defaults()
        d['radius'] = 5
        return d


class SmallCircle(Circle):
    @classmethod
    def describe(cls):
        return 'SmallCircle.describe > ' + super().describe()


c = Circle.create(3)
print(type(c).__name__, c.name, c.size, c.round)
sc = SmallCircle.create(1)
print(type(sc).__name__, sc.name, sc.size, sc.round)
print(Shape.describe())
print(Circle.describe())
print(SmallCircle.describe())
print(sc.describe())
print(Shape.defaults(), SmallCircle.defaults())

# Two-arg super with classes inside a classmethod.
class Base:
    @classmethod
    def ident(cls):
        return 'Base.ident for ' + cls.__name__


class Derived(Base):
    @classmethod
    def ident(cls):
        return 'Derived > ' + super(Derived, cls).ident()


class Leaf(Derived):
    pass


print(Derived.ident())
print(Leaf.ident())
print(Leaf().ident())


# super() in a staticmethod has no first argument and fails.
class Static(Base):
    @staticmethod
    def broken():
        return super().ident()


try:
    Static.broken()
except RuntimeError as e:
    print('RuntimeError:', e)


# A classmethod counting instances per class through super().
class Counted:
    counts = {}

    @classmethod
    def bump(cls):
        Counted.counts[cls.__name__] = Counted.counts.get(cls.__name__, 0) + 1
        return Counted.counts[cls.__name__]


class CountedChild(Counted):
    @classmethod
    def bump(cls):
        n = super().bump()
        return n * 100


print(Counted.bump(), CountedChild.bump(), CountedChild.bump(), Counted.bump())
print(sorted(Counted.counts.items()))
