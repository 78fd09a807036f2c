# Class decorators: functions taking a class and returning it (possibly modified) or something
# else, stacking order (bottom decorator applied first), decorators with arguments, and
# decorators that add methods, register classes, or wrap methods.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = [k + '=' + repr(v) for k, v in self.__dict__.items()]
        return cls.__name__ + '(' + ', '.join(fields) + ')'

    cls.__repr__ = __repr__
    return cls


def tag(label):
    def decorate(cls):
        cls.label = label
        print('tagging', cls.__name__, 'with', label)
        return cls
    return decorate


@register
@add_repr
@tag('first')
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2), Point.label, registry)


# A decorator that generates __init__ and __eq__ from a field list (a mini dataclass).
def fields(*names):
    def decorate(cls):
        def __init__(self, *args):
            if len(args) != len(names):
                raise TypeError(cls.__name__ + ' expects ' + str(len(names)) + ' values, got ' + str(len(args)))
            for n, a in zip(names, args):
                setattr(self, n, a)

        def __eq__(self, other):
            return type(self) is type(other) and all([getattr(self, n) == getattr(other, n) for n in names])

        def __repr__(self):
            return cls.__name__ + '(' + ', '.join([n + '=' + repr(getattr(self, n)) for n in names]) + ')'

        cls.__init__ = __init__
        cls.__eq__ = __eq__
        cls.__repr__ = __repr__
        cls.__hash__ = None
        return cls
    return decorate


@fields('name', 'qty')
class Item:
    def total(self, price):
        return self.qty * price


i = Item('bolt', 4)
print(i, i.total(3), i == Item('bolt', 4), i == Item('nut', 4), i != Item('bolt', 5))
try:
    Item('only one')
except TypeError as e:
    print('TypeError:', e)


# A decorator replacing the class with an instance of it.
def instantiate(cls):
    return cls()


@instantiate
class settings:
    debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(type(settings).__name__, settings.toggle(), settings.toggle())


# A decorator wrapping every method to log calls.
def trace_methods(cls):
    for name, value in list(cls.__dict__.items()):
        if callable(value) and not name.startswith('__'):
            def make(fn, name):
                def wrapper(self, *args):
                    result = fn(self, *args)
                    print('  ' + cls.__name__ + '.' + name + str(args) + ' -> ' + repr(result))
                    return result
                return wrapper
            setattr(cls, name, make(value, name))
    return cls


@trace_methods
class Calc:
    def add(self, a, b):
        return a + b

    def neg(self, a):
        return -a


c = Calc()
print(c.neg(c.add(2, 3)))

# Decorator expressions can be arbitrary (3.9+).
decorators = {'reg': register}


@decorators['reg']
class Late:
    pass


print(registry)
