# __slots__ with inheritance: a subclass without __slots__ gets a __dict__, subclasses extend
# the parent's slots, inherited slot attributes work, multiple bases with non-empty slots
# conflict (TypeError), and slotted classes combined with empty-slot mixins.
class Base:
    __slots__ = ('a',)

    def __init__(self, a):
        self.a = a


class WithDict(Base):
    pass


class MoreSlots(Base):
    __slots__ = ('b',)

    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


w = WithDict(1)
w.extra = 'allowed'
print(w.a, w.extra, w.__dict__, hasattr(Base(0), '__dict__'))

m = MoreSlots(1, 2)
print(m.a, m.b, MoreSlots.__slots__, hasattr(m, '__dict__'))
try:
    m.c = 3
except AttributeError as e:
    print('AttributeError:', e)


class Deeper(MoreSlots):
    __slots__ = ('c', 'd')


d = Deeper(1, 2)
d.c = 3
d.d = 4
print(d.a, d.b, d.c, d.d, [k.__name__ for k in Deeper.__mro__])
try:
    d.e = 5
except AttributeError as e:
    print('AttributeError:', e)


# Two bases that both have instance layouts conflict.
class X:
    __slots__ = ('x',)


class Y:
    __slots__ = ('y',)


try:
    class XY(X, Y):
        pass
except TypeError as e:
    print('TypeError:', e)


# Empty-slot mixins combine fine.
class Mixin:
    __slots__ = ()

    def describe(self):
        return type(self).__name__ + ' a=' + str(self.a)


class Combined(Mixin, Base):
    __slots__ = ('z',)


c = Combined(5)
c.z = 6
print(c.describe(), c.z, hasattr(c, '__dict__'))

# Overriding a slot attribute with a method in the subclass.
class Named:
    __slots__ = ('name',)


class Shouting(Named):
    __slots__ = ()

    def loud(self):
        return self.name.upper()


s = Shouting()
s.name = 'quiet'
print(s.loud())

# Slots of a subclass of a builtin that has no instance dict.
class SlottedInt(int):
    __slots__ = ()


si = SlottedInt(7)
print(si + 1, type(si).__name__)
try:
    si.tag = 'x'
except AttributeError as e:
    print('AttributeError:', e)
