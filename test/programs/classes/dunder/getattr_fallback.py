# __getattr__ is only called when normal lookup fails: instance dict, class attributes, methods
# and properties are found first; AttributeError raised inside becomes the result of getattr
# defaults and hasattr; __getattr__ for dynamic proxies.
class Dynamic:
    cls_attr = 'class attribute'

    def __init__(self):
        self.real = 'real attribute'
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith('get_'):
            return lambda: 'generated ' + name[4:]
        if name == 'answer':
            return 42
        raise AttributeError(type(self).__name__ + ' has no ' + repr(name))

    @property
    def prop(self):
        return 'property value'

    def method(self):
        return 'method value'


d = Dynamic()
print(d.real, d.cls_attr, d.prop, d.method())
print(d.answer, d.get_colour(), d.get_size())
print(d.misses)
try:
    d.unknown
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(d, 'unknown'), hasattr(d, 'answer'), getattr(d, 'nope', 'default'))
print(d.misses)

# Setting the attribute makes __getattr__ unnecessary.
d.answer = 'set directly'
print(d.answer, d.misses[-1])

# A property whose getter raises AttributeError falls back to __getattr__.
class Fallback:
    @property
    def broken(self):
        raise AttributeError('inner')

    def __getattr__(self, name):
        return 'fallback for ' + name


print(Fallback().broken, Fallback().anything)


# A proxy forwarding to a wrapped object.
class Proxy:
    def __init__(self, target):
        self._target = target
        self._calls = []

    def __getattr__(self, name):
        self._calls.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p._calls)
try:
    p.nonexistent
except AttributeError as e:
    print('AttributeError:', e)

# Dunder lookups by operators bypass __getattr__.
try:
    len(p)
except TypeError as e:
    print('TypeError:', e)
print(p.__len__(), p._calls[-1])


# __getattr__ on an attribute error from inside a method is not triggered for the method name.
class Tricky:
    def __getattr__(self, name):
        return 'tricky ' + name

    def method(self):
        return self.missing_inside


print(Tricky().method())
