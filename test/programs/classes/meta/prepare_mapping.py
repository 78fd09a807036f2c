# __prepare__ returning a mapping that is not a dict: the class body stores, loads and deletes
# names through its __setitem__/__getitem__/__delitem__ (a KeyError means "look further", in
# the globals and builtins), free variables of an enclosing function are found when the mapping
# lacks them, the metaclass turns the mapping into a dict for type.__new__, and __prepare__
# must return a mapping at all.
class Namespace:
    """A mapping that logs every access and keeps the definition order."""

    def __init__(self):
        self.keys_ = []
        self.values_ = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append('get ' + key)
        return self.values_[key]

    def __setitem__(self, key, value):
        self.log.append('set ' + key)
        if key not in self.values_:
            self.keys_.append(key)
        self.values_[key] = value

    def __delitem__(self, key):
        self.log.append('del ' + key)
        del self.values_[key]
        self.keys_.remove(key)

    def as_dict(self):
        return {k: self.values_[k] for k in self.keys_}


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Namespace()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns.as_dict())
        cls.log = [e for e in ns.log if '__' not in e]
        cls.order = [k for k in ns.keys_ if not k.startswith('__')]
        return cls


LIMIT = 'global limit'


class Config(metaclass=Meta):
    width = 80
    height = width // 2
    temp = 'scratch'
    del temp
    limit = LIMIT
    size = len('abc')

    def area(self):
        return self.width * self.height


print(Config.order)
print(Config.log)
print(Config().area(), Config.limit, Config.size, hasattr(Config, 'temp'))


def make(prefix):
    tag = prefix + '-tag'

    class Local(metaclass=Meta):
        label = tag           # a free variable: the mapping does not have it
        again = label + '!'   # found in the mapping
    return Local


L = make('x')
print(L.label, L.again, L.order, L.log)


def shadowed():
    value = 'from function'

    class Inner(metaclass=Meta):
        value = 'from class body'
        seen = value
    return Inner


print(shadowed().seen)

# type.__new__ itself wants a real dict.
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()


try:
    class Bad(metaclass=Strict):
        x = 1
except TypeError as e:
    print('TypeError:', e)


# __prepare__ must return a mapping.
class NotEvenThat(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class C(metaclass=NotEvenThat):
        pass
except TypeError as e:
    print('TypeError:', e)
