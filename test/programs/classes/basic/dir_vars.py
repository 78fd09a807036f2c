# dir() and vars(): dir(obj) lists the instance's attributes and its class's and bases', sorted;
# dir(cls) lists the class's and its bases' but not the metaclass's; a __dir__ method decides for
# its instances (the result is sorted afterwards); vars(obj) is obj.__dict__, and without an
# argument vars() and dir() show the local names.
def public(names):
    return [n for n in names if not n.startswith('__')]


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Derived(Base):
    derived_attr = 2

    def __init__(self):
        self.zeta = 26
        self.alpha = 1

    def derived_method(self):
        pass


d = Derived()
print(public(dir(d)))
print(public(dir(Derived)), public(dir(Base)))
print(dir(d) == sorted(dir(d)), len(dir(d)) == len(set(dir(d))))
print('__init__' in dir(d), '__class__' in dir(d), '__dict__' in dir(d), '__module__' in dir(Derived))
print(vars(d), vars(d) is d.__dict__)
d.__dict__['added'] = 'via dict'
print(public(dir(d)), d.added)


class Meta(type):
    def registry(cls):
        return []


class WithMeta(metaclass=Meta):
    own = 1


print(public(dir(WithMeta)), 'registry' in dir(Meta), hasattr(WithMeta, 'registry'))


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


print(public(dir(Slots())))
try:
    vars(Slots())
except TypeError as e:
    print('TypeError:', e)


class Custom:
    def __dir__(self):
        return ('zebra', 'apple', 'mango', 'apple')


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 42


try:
    dir(BadDir())
except TypeError as e:
    print('TypeError:', e)


def local_names(a, b=2):
    c = a + b

    def inner():
        return c

    print(sorted(vars()), dir())
    print(vars()['c'], locals()['b'])
    return inner


local_names(1)


class Body:
    x = 1
    y = x + 1
    seen = sorted(vars())
    listed = dir()


print(Body.seen, Body.listed)
for bad in (lambda: vars(1, 2), lambda: vars(5), lambda: dir(1, 2), lambda: locals(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
