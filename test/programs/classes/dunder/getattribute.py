# __getattribute__ intercepts every attribute access: logging, delegating to object's version,
# computed attributes, interaction with __getattr__ (called when __getattribute__ raises
# AttributeError), and methods being looked up through it.
class Logged:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __getattribute__(self, name):
        if not name.startswith('_'):
            log.append(name)
        return object.__getattribute__(self, name)

    def total(self):
        return self.x + self.y


log = []
o = Logged()
print(o.x, o.y, o.total())
print(log)
log.clear()
print(getattr(o, 'x'), hasattr(o, 'zzz'), log)


class Upper:
    def __init__(self, word):
        self.word = word

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper('hello')
print(u.word, u.__dict__['word'])


class WithFallback:
    def __init__(self):
        self.present = 'here'

    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError('hidden is hidden')
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return '__getattr__ got ' + name


w = WithFallback()
print(w.present)
print(w.hidden)
print(w.absent)


# Returning a constant for everything, including methods and __dict__.
class Everything:
    def __getattribute__(self, name):
        return 'const:' + name


e = Everything()
print(e.anything, e.__dict__, e.__class__)
print(type(e).__name__)


# Operators do not go through __getattribute__ (special method lookup is on the type).
class Counter:
    def __init__(self):
        object.__setattr__(self, 'n', 0)

    def __getattribute__(self, name):
        object.__setattr__(self, 'n', object.__getattribute__(self, 'n') + 1)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 7


c = Counter()
print(len(c), object.__getattribute__(c, 'n'))
c.__len__()
print(object.__getattribute__(c, 'n'))


# An AttributeError from __getattribute__ with no __getattr__ propagates.
class Strict:
    def __getattribute__(self, name):
        raise AttributeError('strict: ' + name)


try:
    Strict().anything
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(Strict(), 'anything'))
