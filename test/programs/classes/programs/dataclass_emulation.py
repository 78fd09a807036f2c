# A hand-written @dataclass: the decorator reads the class's __annotations__ (and its bases',
# base first), takes defaults from class attributes, and sets __init__, __repr__, __eq__,
# __hash__, ordering and, for frozen classes, __setattr__/__delattr__ on the finished class, so
# the slots of the class (and of subclasses made later) follow; plus format() through
# object.__format__ and a __subclasshook__-free isinstance.
MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


def fields_of(cls):
    out = {}
    for klass in reversed(cls.__mro__):
        for name, kind in vars(klass).get('__annotations__', {}).items():
            out[name] = (kind, getattr(cls, name, MISSING))
    return out


def dataclass(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        fields = fields_of(cls)
        names = list(fields)
        seen_default = False
        for n in names:
            if fields[n][1] is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument ' + repr(n) + ' follows default argument')

        def __init__(self, *args, **kw):
            if len(args) > len(names):
                raise TypeError('__init__() takes ' + str(len(names) + 1) + ' positional arguments but ' + str(len(args) + 1) + ' were given')
            values = dict(zip(names, args))
            for k, v in kw.items():
                if k not in fields:
                    raise TypeError("__init__() got an unexpected keyword argument '" + k + "'")
                if k in values:
                    raise TypeError("__init__() got multiple values for argument '" + k + "'")
                values[k] = v
            for n in names:
                if n not in values:
                    if fields[n][1] is MISSING:
                        raise TypeError("__init__() missing 1 required positional argument: '" + n + "'")
                    values[n] = fields[n][1]
                object.__setattr__(self, n, values[n])

        def __repr__(self):
            return type(self).__qualname__ + '(' + ', '.join(n + '=' + repr(getattr(self, n)) for n in names) + ')'

        def astuple(self):
            return tuple(getattr(self, n) for n in names)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.astuple = astuple
        if frozen:
            def __setattr__(self, name, value):
                raise FrozenInstanceError("cannot assign to field '" + name + "'")

            def __delattr__(self, name):
                raise FrozenInstanceError("cannot delete field '" + name + "'")
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
            cls.__hash__ = lambda self: hash(astuple(self))
        else:
            cls.__hash__ = None
        if order:
            for op, test in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                             ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
                def method(self, other, test=test):
                    if type(other) is not type(self):
                        return NotImplemented
                    return test(astuple(self), astuple(other))
                setattr(cls, op, method)
        cls.__fields__ = tuple(names)
        return cls
    return wrap if cls is None else wrap(cls)


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __format__(self, spec):
        if spec == 'short':
            return str(self.major) + '.' + str(self.minor)
        return super().__format__(spec)


class Point3(Point):
    z: int = 0


Point3 = dataclass(Point3)
p = Point(1, y=2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), Point.__fields__, Point3(1, 2, 3), Point3.__fields__)
p.x = 10
print(p.astuple(), Point.__annotations__, Point3.__annotations__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1, 2) < Version(1, 2, 1), len({Version(1), Version(1, 0, 0)}))
print(format(Version(3, 4, 5), 'short'), f'{Version(2):short}', format(Version(1)), str(Version(1, 1)))
for action in (lambda: setattr(vs[0], 'major', 9), lambda: delattr(vs[0], 'minor'),
               lambda: Version(1) < Point(1), lambda: format(Version(1), '>10'),
               lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, w=2)):
    try:
        print(action())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError:', e)
print(isinstance(vs[0], Version), issubclass(Point3, Point), object.__subclasshook__(), Version.__subclasshook__(int))
