# Metaclasses with __new__ and __init__: they run when the class statement executes, receive
# name/bases/namespace, can add or transform attributes, are inherited by subclasses, and the
# class's type is the metaclass.
events = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        events.append('Meta.__new__ ' + name + ' bases=' + str([b.__name__ for b in bases]))
        own = sorted([k for k in ns if not k.startswith('__')])
        events.append('  namespace: ' + str(own))
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns):
        events.append('Meta.__init__ ' + name)
        super().__init__(name, bases, ns)
        cls.registered_name = name.lower()

    def describe(cls):
        return 'class ' + cls.__name__ + ' via ' + type(cls).__name__


class Base(metaclass=Meta):
    x = 1

    def method(self):
        return 'method'


class Derived(Base):
    y = 2


for e in events:
    print(e)
print(type(Base).__name__, type(Derived).__name__, isinstance(Base, Meta), isinstance(Base, type))
print(Base.created_by, Derived.registered_name, Derived().method(), Derived.x, Derived.y)
print(Base.describe(), Derived.describe())
print(hasattr(Derived(), 'describe'), hasattr(Derived, 'describe'))


# A metaclass that upper-cases attribute names.
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for key, value in ns.items():
            new_ns[key if key.startswith('__') else key.upper()] = value
        return super().__new__(mcls, name, bases, new_ns)


class Shouty(metaclass=UpperAttrs):
    greeting = 'hi'

    def speak(self):
        return 'speaking'


print(hasattr(Shouty, 'greeting'), Shouty.GREETING, Shouty().SPEAK())


# A registry metaclass collecting every subclass.
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)


class Plugin(metaclass=Registry):
    pass


class Alpha(Plugin):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta):
    pass


print(Registry.classes)

# Metaclass conflict.
class OtherMeta(type):
    pass


class Other(metaclass=OtherMeta):
    pass


try:
    class Mixed(Base, Other):
        pass
except TypeError as e:
    print('TypeError:', e)

# A metaclass given with a plain function: its return value becomes the "class".
def func_meta(name, bases, ns):
    return name + ' with ' + str(sorted([k for k in ns if not k.startswith('__')]))


class NotAClass(metaclass=func_meta):
    a = 1
    b = 2


print(NotAClass, type(NotAClass).__name__)
