# Assigning obj.__class__: the instance keeps its __dict__ and identity but takes its methods,
# class attributes, isinstance() answers and operators from the new class; works between
# unrelated plain classes, along a hierarchy, and between classes with the same __slots__.
class Caterpillar:
    legs = 16

    def move(self):
        return self.name + ' crawls'

    def __repr__(self):
        return 'Caterpillar(' + self.name + ')'


class Butterfly:
    legs = 6

    def move(self):
        return self.name + ' flies'

    def __repr__(self):
        return 'Butterfly(' + self.name + ')'

    def __len__(self):
        return 2


c = Caterpillar()
c.name = 'Cat'
before = id(c)
print(c, c.move(), c.legs, isinstance(c, Caterpillar))
c.__class__ = Butterfly
print(c, c.move(), c.legs, isinstance(c, Caterpillar), isinstance(c, Butterfly), len(c))
print(id(c) == before, vars(c), type(c).__name__, c.__class__ is Butterfly)


# Along a hierarchy, up and down.
class Account:
    kind = 'basic'

    def fee(self):
        return 5


class Premium(Account):
    kind = 'premium'

    def fee(self):
        return 0


a = Account()
a.__class__ = Premium
print(a.kind, a.fee(), isinstance(a, Account))
a.__class__ = Account
print(a.kind, a.fee())

# Through setattr and from inside a method.
setattr(a, '__class__', Premium)
print(type(a).__name__)


class Upgradable:
    def upgrade(self):
        self.__class__ = Upgraded
        return self


class Upgraded(Upgradable):
    def upgrade(self):
        return 'already upgraded'


u = Upgradable().upgrade()
print(type(u).__name__, u.upgrade())


# Classes with identical __slots__ can exchange instances; values stay.
class P2:
    __slots__ = ('x', 'y')

    def norm(self):
        return abs(self.x) + abs(self.y)


class V2:
    __slots__ = ('x', 'y')

    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


p = P2()
p.x, p.y = 3, -4
print(p.norm())
p.__class__ = V2
print(p.norm(), p.x, p.y)


# Subclasses of the same builtin without a __dict__ of their own layout difference.
class Stack(list):
    def peek(self):
        return self[-1]


class Queue(list):
    def peek(self):
        return self[0]


s = Stack([1, 2, 3])
print(s.peek())
s.__class__ = Queue
print(s.peek(), s, len(s), isinstance(s, list))


# A class whose instances all switch through a counter, the class objects stay alive.
class On:
    def toggle(self):
        self.__class__ = Off
        return 'off'


class Off:
    def toggle(self):
        self.__class__ = On
        return 'on'


switch = On()
print([switch.toggle() for _ in range(5)], type(switch).__name__)
