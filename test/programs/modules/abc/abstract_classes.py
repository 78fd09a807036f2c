# abc: abstract methods block instantiation until overridden (properties, classmethods and
# staticmethods included), register() makes virtual subclasses, and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return '%s with area %s %s' % (self.name, self.area(), self.unit())


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Square(2)
except TypeError as e:
    print('TypeError', e)


class RealSquare(Square):
    name = 'square'

    @classmethod
    def unit(cls):
        return 'cm2'


sq = RealSquare(3)
print(sq.describe(), RealSquare.__abstractmethods__, isinstance(sq, Shape))


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Canvas:
    def draw(self):
        return 'drawn'


class Text:
    pass


print(isinstance(Canvas(), Drawable), issubclass(Text, Drawable), issubclass(Canvas, Drawable))


class Serializer(ABC):
    pass


token = get_cache_token()


@Serializer.register
class JsonLike:
    pass


print(JsonLike.__name__, issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer),
      get_cache_token() != token, Serializer not in JsonLike.__mro__)
print(Serializer.register(int) is int, isinstance(5, Serializer), issubclass(bool, Serializer))
try:
    Serializer.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(5, Serializer)
except TypeError as e:
    print('TypeError', e)
try:
    JsonLike.register
except AttributeError:
    print('register belongs to the ABC')


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        ...


class Alpha(Plugin):
    def run(self):
        return 'alpha ran'


class Beta(Plugin):
    pass


print(Plugin.registry, Alpha().run(), Beta.__abstractmethods__)
