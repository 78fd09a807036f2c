# Metaclass __prepare__: returns the namespace the class body executes in (here a dict subclass
# recording every assignment, and a dict pre-seeded with names), receives the class keywords,
# and the namespace is copied into the class.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)


class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('__prepare__', name, [b.__name__ for b in bases], sorted(kwargs))
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        print('__new__ namespace type:', type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.assignment_order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Form(metaclass=Recording, style='compact'):
    username = 'text'
    password = 'secret'
    username = 'text again'

    def submit(self):
        return 'submitted'

    age = 'number'


print(Form.assignment_order)
print(Form.username, Form().submit(), type(Form.__dict__).__name__)


# A pre-seeded namespace: the class body can use names it never defined.
class Seeded(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'UNIT': 10, 'helper': lambda n: n * 10}

    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        del ns['helper']
        return super().__new__(mcls, name, bases, ns)


class Sized(metaclass=Seeded):
    small = UNIT
    large = helper(5)


print(Sized.small, Sized.large, Sized.UNIT, hasattr(Sized, 'helper'))


# A namespace that refuses duplicate definitions.
class NoDupDict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError('duplicate definition of ' + repr(key))
        super().__setitem__(key, value)


class NoDup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupDict()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Fine(metaclass=NoDup):
    def a(self):
        return 'a'

    def b(self):
        return 'b'


print(Fine().a(), Fine().b())
try:
    class Clash(metaclass=NoDup):
        def a(self):
            return 1

        def a(self):
            return 2
except TypeError as e:
    print('TypeError:', e)

# type's own __prepare__ returns a fresh empty dict.
print(type.__prepare__('X', ()), type(type.__prepare__('X', ())).__name__)
