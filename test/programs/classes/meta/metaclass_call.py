# Metaclass __call__: controls instance creation (singletons, instance counting, argument
# checking), decides whether __init__ runs, and can return something other than an instance.
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            print('  creating', cls.__name__, args)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name):
        print('  Config.__init__', name)
        self.name = name


a = Config('first')
b = Config('second')
print(a is b, a.name, b.name)


class Logger(metaclass=Singleton):
    pass


print(Logger() is Logger(), Logger() is a)


class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.count = getattr(cls, 'count', 0) + 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = cls.count
        return obj


class Ticket(metaclass=Counting):
    def __init__(self, what):
        self.what = what


tickets = [Ticket(w) for w in ['a', 'b', 'c']]
print([(t.what, t.serial) for t in tickets], Ticket.count)


# Skipping __init__: __call__ builds the object with __new__ only.
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self):
        print('never printed')


r = Raw(1, 2)
print(type(r).__name__, r.args)


# __call__ returning a non-instance.
class Factory(type):
    def __call__(cls, kind):
        if kind == 'list':
            return []
        return super().__call__()


class Made(metaclass=Factory):
    pass


print(type(Made('list')).__name__, type(Made('other')).__name__)


# Checking arguments in the metaclass.
class Checked(type):
    def __call__(cls, *args):
        for a in args:
            if not isinstance(a, int):
                raise TypeError(cls.__name__ + ' wants ints, got ' + type(a).__name__)
        return super().__call__(*args)


class Vec(metaclass=Checked):
    def __init__(self, *c):
        self.c = c


print(Vec(1, 2, 3).c)
try:
    Vec(1, 'x')
except TypeError as e:
    print('TypeError:', e)
