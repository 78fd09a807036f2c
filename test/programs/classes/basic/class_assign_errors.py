# The checks of __class__ assignment: the new value must be a class, only classes made by class
# statements (not builtin types) take part, the two classes must lay out their instances the
# same way (__slots__, __dict__, the builtin base), and __class__ cannot be deleted.
class A:
    pass


class B:
    pass


class Slotted:
    __slots__ = ('x',)


class SlottedToo:
    __slots__ = ('x',)


class OtherSlots:
    __slots__ = ('y',)


class NoSlots:
    __slots__ = ()


class DictOnly:
    __slots__ = ('__dict__',)


class MyInt(int):
    pass


class YourInt(int):
    pass


class MyFloat(float):
    pass


class MyList(list):
    pass


def attempt(obj, cls, label):
    try:
        obj.__class__ = cls
        print(label, 'ok ->', type(obj).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)


attempt(A(), B, 'plain')
attempt(A(), 5, 'not a class')
attempt(A(), 'B', 'a string')
attempt(A(), int, 'to builtin')
attempt(1, A, 'from builtin')
attempt([], MyList, 'list to subclass')
attempt(MyList(), list, 'subclass to list')
attempt(Slotted(), SlottedToo, 'same slots')
attempt(Slotted(), OtherSlots, 'other slots')
attempt(Slotted(), A, 'slots to dict')
attempt(A(), Slotted, 'dict to slots')
attempt(NoSlots(), A, 'empty slots to dict')
attempt(DictOnly(), A, 'dict only')
attempt(MyInt(1), YourInt, 'int subclasses')
attempt(MyInt(1), MyFloat, 'int to float subclass')
attempt(MyList(), A, 'list subclass to plain')
attempt(A(), type, 'to type')
attempt(A, B, 'a class itself')

a = A()
try:
    del a.__class__
except TypeError as e:
    print('del TypeError:', e)
print(type(a).__name__)
