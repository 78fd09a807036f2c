# Slot updates reach every class below the one changed, through several levels and both arms
# of a diamond, stop at a class that defines the method itself, follow the MRO when the change
# is on a second base, and work for metaclasses (a dunder set on a metaclass changes how its
# classes behave).
class Root:
    pass


class Left(Root):
    pass


class Right(Root):
    def __str__(self):
        return 'Right.__str__'


class Diamond(Left, Right):
    pass


class Deep(Diamond):
    pass


class Mixin:
    pass


class Mixed(Left, Mixin):
    pass


objs = [Root(), Left(), Right(), Diamond(), Deep(), Mixed()]


def strs():
    return [str(o) if not str(o).startswith('<') else '-' for o in objs]


print(strs())
Root.__str__ = lambda self: 'Root.__str__'
print(strs())
Left.__str__ = lambda self: 'Left.__str__'
print(strs())
del Left.__str__
print(strs())
del Right.__str__
print(strs())
del Root.__str__
print(strs())

# A method on the second base (Mixin) is found after Left and Root in Mixed's MRO.
Mixin.__len__ = lambda self: 5
print([len(o) if hasattr(type(o), '__len__') else '-' for o in objs])
Root.__len__ = lambda self: 1
print([len(o) for o in objs])
del Root.__len__
print(len(objs[5]), hasattr(Deep, '__len__'))

# The reflected operator of a subclass defined later still wins when it is the right operand.
Root.__add__ = lambda self, o: 'Root.add'
Root.__radd__ = lambda self, o: 'Root.radd'
print(Root() + Deep(), Deep() + Root())
Deep.__radd__ = lambda self, o: 'Deep.radd'
print(Root() + Deep(), Deep() + Root(), 1 + Deep())


# Metaclass dunders: set after classes using the metaclass exist.
class Meta(type):
    pass


class Managed(metaclass=Meta):
    pass


class SubManaged(Managed):
    pass


Meta.__len__ = lambda cls: len(cls.__name__)
Meta.__getitem__ = lambda cls, k: cls.__name__ + '[' + str(k) + ']'
print(len(Managed), len(SubManaged), Managed[1], SubManaged['x'])
Meta.__call__ = lambda cls, *a: 'made ' + cls.__name__ + str(a)
print(Managed(), SubManaged(1, 2))
del Meta.__call__
print(type(Managed()).__name__)
Meta.__repr__ = lambda cls: '<managed ' + cls.__name__ + '>'
print(Managed, [SubManaged])


# Changing __init__ and __new__ on a base changes how subclasses are built.
class Model:
    pass


class User(Model):
    pass


def init(self, **kw):
    self.__dict__.update(kw)


Model.__init__ = init
u = User(name='ann', age=3)
print(sorted(vars(u).items()))
Model.__new__ = lambda cls, **kw: 'no instance for ' + cls.__name__
print(User(x=1))
del Model.__new__
print(type(User()).__name__)
