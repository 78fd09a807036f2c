# The order of class-creation hooks: the body runs, then the metaclass __new__ begins,
# type.__new__ calls __set_name__ on each attribute, then the parent's __init_subclass__, then
# the metaclass __init__, then class decorators.
log = []


class Hook:
    def __init__(self, label):
        self.label = label

    def __set_name__(self, owner, name):
        log.append('__set_name__ ' + self.label + ' as ' + owner.__name__ + '.' + name)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append('Meta.__new__ start ' + name + ' ' + str(sorted(kwargs)))
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        log.append('Meta.__new__ end ' + name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        log.append('Meta.__init__ ' + name)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        log.append('Base.__init_subclass__ ' + cls.__name__ + ' ' + str(sorted(kwargs.items())))
        super().__init_subclass__()


def decorate(cls):
    log.append('decorator ' + cls.__name__)
    return cls


log.clear()


@decorate
class Child(Base, flavour='x'):
    log.append('body of Child')
    first = Hook('h1')
    second = Hook('h2')


for line in log:
    print(line)
print('---')
log.clear()


class Grandchild(Child):
    third = Hook('h3')


for line in log:
    print(line)
print(type(Grandchild).__name__, [c.__name__ for c in Grandchild.__mro__])
