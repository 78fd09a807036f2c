# A plugin system: a metaclass registers every concrete plugin class by name (abstract ones opt
# out), checks required hooks when the class is made, and makes plugin classes callable through
# the registry; __init_subclass__ adds per-family options; __subclasses__() walks the hierarchy;
# plugins are swapped at run time by rebinding methods on a base class, which all subclasses see.
class PluginError(TypeError):
    pass


class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, abstract=False, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.abstract = abstract
        if not abstract:
            missing = [h for h in getattr(cls, 'hooks', ()) if not callable(getattr(cls, h, None))]
            if missing:
                raise PluginError(name + ' is missing hooks: ' + ', '.join(missing))
            key = ns.get('name', name.lower())
            if key in mcls.registry:
                raise PluginError('duplicate plugin name ' + repr(key))
            mcls.registry[key] = cls
        return cls

    def __repr__(cls):
        return '<plugin ' + cls.__name__ + ('(abstract)' if cls.abstract else '') + '>'

    def __len__(cls):
        return sum(1 for c in PluginMeta.registry.values() if issubclass(c, cls))

    def __iter__(cls):
        return iter(sorted(k for k, c in PluginMeta.registry.items() if issubclass(c, cls)))


class Plugin(metaclass=PluginMeta, abstract=True):
    hooks = ('run',)
    priority = 0

    def __init_subclass__(cls, priority=None, **kw):
        super().__init_subclass__(**kw)
        if priority is not None:
            cls.priority = priority

    def describe(self):
        return type(self).__name__ + '@' + str(self.priority)


class Formatter(Plugin, abstract=True):
    hooks = ('run', 'extension')


class Upper(Formatter, priority=5):
    name = 'up'

    def run(self, text):
        return text.upper()

    def extension(self):
        return '.up'


class Reverse(Formatter, priority=1):
    def run(self, text):
        return text[::-1]

    def extension(self):
        return '.rev'


class Counter(Plugin):
    def run(self, text):
        return len(text)


print(sorted(PluginMeta.registry), list(Plugin), list(Formatter), len(Plugin), len(Formatter))
print(Plugin, Formatter, Upper, PluginMeta.registry['reverse'])
plugins = sorted((cls() for cls in PluginMeta.registry.values()), key=lambda p: -p.priority)
print([p.describe() for p in plugins], [p.run('Hello') for p in plugins])


def tree(cls, depth=0):
    lines = ['  ' * depth + repr(cls)]
    for sub in cls.__subclasses__():
        lines.extend(tree(sub, depth + 1))
    return lines


print('\n'.join(tree(Plugin)))

for body in ('missing', 'duplicate'):
    try:
        if body == 'missing':
            class Broken(Formatter):
                def run(self, text):
                    return text
        else:
            class Again(Formatter):
                name = 'up'

                def run(self, text):
                    return text

                def extension(self):
                    return ''
    except PluginError as e:
        print(type(e).__name__ + ':', e, isinstance(e, TypeError))

# Changing a whole family at run time: special methods added to a base reach every plugin.
Plugin.__call__ = lambda self, text: self.run(text)
Formatter.__len__ = lambda self: len(self.extension())
print([p('abc') for p in plugins], [len(p) for p in plugins if isinstance(p, Formatter)])
try:
    len(plugins[-1])
except TypeError as e:
    print('TypeError:', e)
del Plugin.__call__
try:
    plugins[0]('abc')
except TypeError as e:
    print('TypeError:', e)
Formatter.describe = lambda self: 'formatter ' + type(self).__name__
print([p.describe() for p in plugins])
