# Assigning C.__bases__ after the class exists: the MRO of C and of every class below it is
# recomputed, methods and special methods follow the new bases for existing instances, the
# subclass lists move, and the checks (a tuple of classes, no cycles, no duplicates, a
# consistent MRO, a compatible layout) fail with CPython's messages, leaving the class as it was.
class Plain:
    def describe(self):
        return 'plain ' + self.name


class Loud:
    def describe(self):
        return 'LOUD ' + self.name.upper()

    def __repr__(self):
        return '<loud ' + self.name + '>'

    def __len__(self):
        return len(self.name)


class Widget(Plain):
    def __init__(self, name):
        self.name = name


class Button(Widget):
    pass


def names(classes):
    return [c.__name__ for c in classes]


b = Button('ok')
print(b.describe(), names(Button.__mro__), names(Plain.__subclasses__()), names(Loud.__subclasses__()))
Widget.__bases__ = (Loud,)
print(b.describe(), repr(b), len(b), names(Button.__mro__))
print(names(Plain.__subclasses__()), names(Loud.__subclasses__()), Widget.__base__.__name__)
Widget.__bases__ = (Plain, Loud)
print(b.describe(), repr(b), len(b), names(Widget.__mro__), names(Button.__mro__))
Widget.__bases__ = (Plain,)
print(repr(b).startswith('<__main__.Button object'), hasattr(b, '__len__'), isinstance(b, Loud))


class X(Plain, Loud):
    pass


class Y(Loud, Plain):
    pass


class Z(X):
    pass


bad = [(), [Plain], (1,), (Button,), (Widget,), (int,), (Plain, Plain), (X, Y)]
for value in bad:
    try:
        Z.__bases__ = value
        print('accepted', value)
    except TypeError as e:
        print('TypeError:', e)
print(names(Z.__mro__), names(X.__subclasses__()))


class Below(Z):
    pass


try:
    X.__bases__ = (Loud, Plain, Y)
except TypeError as e:
    print('TypeError:', e)
print(names(X.__mro__), names(Below.__mro__))
for target, value in ((Widget, None), (int, (object,))):
    try:
        if value is None:
            del target.__bases__
        else:
            target.__bases__ = value
    except TypeError as e:
        print('TypeError:', e)


class Slots1:
    __slots__ = ('a',)


class Slots2:
    __slots__ = ('b',)


class UsesSlots(Slots1):
    __slots__ = ()


try:
    UsesSlots.__bases__ = (Slots2,)
except TypeError as e:
    print('TypeError:', e)
