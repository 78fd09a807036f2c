# staticmethod and classmethod: calling through the class and through instances, inheritance
# (cls is the subclass), alternate constructors, the decorator objects and __func__.
class Date:
    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d

    @classmethod
    def from_string(cls, s):
        parts = s.split('-')
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def show(self):
        return '%04d/%02d/%02d' % (self.y, self.m, self.d)


class BirthDate(Date):
    def show(self):
        return 'born ' + Date.show(self)


d = Date.from_string('2024-02-09')
b = BirthDate.from_string('1999-12-31')
print(d.show(), type(d).__name__)
print(b.show(), type(b).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), b.is_leap(2023))
print(Date.kind(), BirthDate.kind(), d.kind(), b.kind())

# The raw objects in the class dict.
sm = Date.__dict__['is_leap']
cm = Date.__dict__['from_string']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2004), cm.__func__(Date, '2001-01-01').show())
print(Date.is_leap is sm.__func__, type(Date.from_string).__name__)
print(Date.from_string.__self__ is Date, BirthDate.from_string.__self__ is BirthDate)
print(d.from_string.__self__ is Date)

# Creating them with call syntax.
def helper(x):
    return x * 10


def counter(cls):
    return cls.__name__ + '!'


class Tools:
    h = staticmethod(helper)
    c = classmethod(counter)
    raw = helper


print(Tools.h(2), Tools().h(3), Tools.c(), Tools().c())
print(Tools.raw(4))
try:
    Tools().raw(4)
except TypeError as e:
    print('TypeError:', e)

# staticmethod objects are callable directly in 3.10+.
print(sm(2100))

# A classmethod keeping per-class state via cls.
class Registry:
    items = None

    @classmethod
    def add(cls, item):
        if cls.items is None or 'items' not in cls.__dict__:
            cls.items = []
        cls.items.append(item)
        return len(cls.items)


class SubRegistry(Registry):
    pass


print(Registry.add('a'), Registry.add('b'), SubRegistry.add('x'))
print(Registry.items, SubRegistry.items)

# staticmethod wrapped around a lambda and used as a sort key in the class.
class Sorter:
    key = staticmethod(lambda s: (len(s), s))

    def sort(self, words):
        return sorted(words, key=self.key)


print(Sorter().sort(['ccc', 'a', 'bb', 'aa', 'b']))
