# isinstance/issubclass ask the metaclass's __instancecheck__/__subclasscheck__ (the hook
# abc.ABCMeta uses): an exact type match skips the hook, tuples ask each member, the hook's
# result is made a bool, its exceptions propagate, and with a hook issubclass accepts any
# first argument.
class Even(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', cls.__name__, repr(obj))
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        print('  subclasscheck', cls.__name__, repr(sub))
        return sub in (int, bool)


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance('x', EvenNumber))
print(isinstance(EvenNumber(), EvenNumber))          # exact type: no hook call
print(isinstance(4, (str, EvenNumber)), isinstance('s', (str, EvenNumber)))
print(issubclass(int, EvenNumber), issubclass(str, EvenNumber), issubclass(bool, (str, EvenNumber)))


class Loud(type):
    def __instancecheck__(cls, obj):
        return 'yes'       # any true value

    def __subclasscheck__(cls, sub):
        return 0


class L(metaclass=Loud):
    pass


print(isinstance(1, L), issubclass(int, L), issubclass(5, L))


class Broken(type):
    def __instancecheck__(cls, obj):
        raise ValueError('cannot decide about %r' % (obj,))


class B(metaclass=Broken):
    pass


try:
    isinstance(1, B)
except ValueError as e:
    print('ValueError', e)
print(isinstance(B(), B))


class Plain(type):
    pass


class P(metaclass=Plain):
    pass


print(isinstance(P(), P), isinstance(1, P), issubclass(P, object), issubclass(bool, ()))
try:
    issubclass(1, P)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, 5)
except TypeError as e:
    print('TypeError', e)
