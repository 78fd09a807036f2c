# exec() and eval() in a class body: the class namespace is the code's locals.
class Config:
    exec("debug = False\nlevel = 3")
    doubled = eval("level * 2")
    exec("def describe(self):\n    return f'level {self.level}, debug {self.debug}'")

print(Config.debug, Config.level, Config.doubled, Config().describe())
print(sorted(k for k in vars(Config) if not k.startswith('__')))

# generated accessors
class Record:
    for _name in ('alpha', 'beta', 'gamma'):
        exec(f"def get_{_name}(self):\n    return self.data.get({_name!r})")
    del _name
    def __init__(self, **data):
        self.data = data

r = Record(alpha=1, gamma=3)
print(r.get_alpha(), r.get_beta(), r.get_gamma())

# a class namespace from __prepare__ that logs what the body stores
class LoggingNS(dict):
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            print('store', key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNS()

class Logged(metaclass=Meta):
    exec("first = 1")
    second = eval("first + 1")

print(Logged.first, Logged.second)

# a class created by exec'd code, with a metaclass and a base from outside
class Base:
    def hello(self):
        return 'hello from ' + type(self).__name__

ns = {'Base': Base}
exec('''
class Child(Base):
    """Docstring of Child."""
    kind = 'child'
''', ns)
Child = ns['Child']
print(Child().hello(), Child.kind, Child.__doc__, Child.__mro__[1] is Base)
