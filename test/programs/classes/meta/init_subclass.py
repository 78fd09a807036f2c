# __init_subclass__: called on the parent for each new subclass (implicitly a classmethod),
# with keyword arguments from the class statement, chained through super(), not called for the
# class defining it; errors for unexpected keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print('registered', key, 'priority', priority, 'on', cls.__name__)


class Json(Plugin, name='json', priority=5):
    pass


class Xml(Plugin):
    pass


class PrettyJson(Json, name='pretty', priority=9):
    pass


print(sorted(Plugin.registry))
print([(k, v.__name__, v.priority) for k, v in sorted(Plugin.registry.items())])
print(hasattr(Plugin, 'plugin_name'), Xml.plugin_name, PrettyJson.priority, Json.priority)


# Chained __init_subclass__ through a hierarchy.
class Base:
    def __init_subclass__(cls, **kwargs):
        print('Base.__init_subclass__', cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)


class Tagged(Base):
    def __init_subclass__(cls, tag='none', **kwargs):
        print('Tagged.__init_subclass__', cls.__name__, tag)
        cls.tag = tag
        super().__init_subclass__(**kwargs)


class Leaf(Tagged, tag='leaf'):
    pass


class Leaf2(Leaf):
    pass


print(Leaf.tag, Leaf2.tag)

# Unknown keywords reach object.__init_subclass__, which rejects them.
try:
    class Bad(Tagged, colour='red'):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class Bad2(colour='red'):
        pass
except TypeError as e:
    print('TypeError:', e)


# Enforcing that subclasses define something.
class Shape:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'area' not in cls.__dict__:
            raise TypeError(cls.__name__ + ' must define area()')


class Square(Shape):
    def area(self):
        return 4


try:
    class Blob(Shape):
        pass
except TypeError as e:
    print('TypeError:', e)
print(Square().area())


# __init_subclass__ sees the class body attributes already set.
class Counter:
    subclasses = []

    def __init_subclass__(cls):
        Counter.subclasses.append((cls.__name__, sorted([k for k in cls.__dict__ if not k.startswith('__')])))


class One(Counter):
    a = 1


class Two(One):
    b = 2

    def m(self):
        pass


print(Counter.subclasses)
