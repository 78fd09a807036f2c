# __class_getitem__: Cls[...] on a class calls it (implicitly a classmethod) with the key;
# tuples for several parameters; it is not used for instances; subclass inheritance; and the
# TypeError for subscripting a class without it, uncaught at the end.
class Box:
    def __class_getitem__(cls, item):
        if isinstance(item, tuple):
            names = [getattr(i, '__name__', repr(i)) for i in item]
        else:
            names = [getattr(item, '__name__', repr(item))]
        return cls.__name__ + '[' + ', '.join(names) + ']'


print(Box[int])
print(Box[int, str])
print(Box['label'])
print(Box[3, None])
print(Box[Box])


class SubBox(Box):
    pass


print(SubBox[float])


# It can return a real class, acting as a tiny generic factory.
class Typed:
    kind = object

    def __class_getitem__(cls, kind):
        return type(cls.__name__ + '_' + kind.__name__, (cls,), {'kind': kind})

    def __init__(self, value):
        if not isinstance(value, self.kind):
            raise TypeError('expected ' + self.kind.__name__ + ', got ' + type(value).__name__)
        self.value = value


IntBox = Typed[int]
print(IntBox.__name__, IntBox(5).value, issubclass(IntBox, Typed))
try:
    Typed[str](5)
except TypeError as e:
    print('TypeError:', e)

# Instances do not use __class_getitem__.
try:
    Box()[0]
except TypeError as e:
    print('TypeError:', e)

# __getitem__ on the instance and __class_getitem__ on the class coexist.
class Both:
    def __class_getitem__(cls, key):
        return 'class ' + repr(key)

    def __getitem__(self, key):
        return 'instance ' + repr(key)


print(Both[1], Both()[1])

class Plain:
    pass


print('subscripting a class without __class_getitem__')
Plain[int]
