# An emulation of the abc module without imports: a metaclass tracks abstract methods (marked by
# a decorator), refuses to instantiate classes that still have some, supports virtual subclasses
# through register(), and answers isinstance()/issubclass() through __instancecheck__ and
# __subclasscheck__ (with a cache and a __subclasshook__ for structural checks).
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


class ABCMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for base in bases:
            for k in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, k, None), '__isabstractmethod__', False):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = []
        cls._cache = {}
        return cls

    def __call__(cls, *args, **kw):
        if cls.__abstractmethods__:
            names = ', '.join(sorted(cls.__abstractmethods__))
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract methods ' + names)
        return super().__call__(*args, **kw)

    def register(cls, sub):
        cls._registry.append(sub)
        cls._cache.clear()
        return sub

    def __subclasscheck__(cls, sub):
        if sub in cls._cache:
            return cls._cache[sub]
        ok = type.__subclasscheck__(cls, sub)
        if not ok:
            hook = cls.__dict__.get('__subclasshook__')
            if hook is not None:
                r = hook.__func__(cls, sub)
                if r is not NotImplemented:
                    ok = r
        if not ok:
            ok = any(issubclass(sub, r) for r in cls._registry)
        if not ok:
            ok = any(issubclass(sub, s) for s in cls.__subclasses__() if s is not sub)
        cls._cache[sub] = bool(ok)
        return bool(ok)

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))


class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, sub):
        if any('__len__' in vars(k) for k in sub.__mro__):
            return True
        return NotImplemented


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return self.name() + ' of area ' + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return 'square'


class HalfDone(Shape):
    def area(self):
        return 1


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


Shape.register(Circle)
print(Shape.__abstractmethods__ == {'area', 'name'}, HalfDone.__abstractmethods__, Square.__abstractmethods__)
print(Square(3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(Square(1), Shape), isinstance(Circle(1), Shape), isinstance('x', Shape))
print(issubclass(Circle, Shape), issubclass(Square, Shape), issubclass(int, Shape), issubclass(HalfDone, Shape))
print(isinstance([], Sized), isinstance(5, Sized), issubclass(str, Sized), issubclass(Square, Sized))
print(isinstance(3, (Sized, Shape)), isinstance({}, (int, (float, Sized))))


class Registered:
    pass


print(issubclass(Registered, Shape), sorted(c.__name__ for c, v in Shape._cache.items() if v))
Shape.register(Registered)
print(issubclass(Registered, Shape), isinstance(Registered(), Shape), len(Shape._cache))


class SubCircle(Circle):
    pass


print(issubclass(SubCircle, Shape), isinstance(SubCircle(2), Shape))
