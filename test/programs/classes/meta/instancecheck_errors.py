# isinstance()/issubclass() argument errors with CPython's messages, errors raised inside the
# hooks propagating out, and classes emulated with __bases__ (CPython's abstract classes).
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: isinstance(3, 4))
attempt(lambda: isinstance(3, (int, 4)))
attempt(lambda: isinstance(3, (str, 4)))
attempt(lambda: isinstance(3, [int]))
attempt(lambda: issubclass(3, int))
attempt(lambda: issubclass(int, 3))
attempt(lambda: issubclass(int, (float, 'str')))
attempt(lambda: issubclass(int, (int, 'str')))
attempt(lambda: isinstance(3))
attempt(lambda: issubclass(int, int, int))
attempt(lambda: isinstance(3, ()))


class Failing(type):
    def __instancecheck__(cls, obj):
        raise ValueError('cannot decide about ' + repr(obj))

    def __subclasscheck__(cls, sub):
        return 1 / 0


class F(metaclass=Failing):
    pass


attempt(lambda: isinstance(7, F))
attempt(lambda: isinstance(7, (int, F)))
attempt(lambda: isinstance('s', (int, F)))
attempt(lambda: issubclass(bool, F))
# a non-class first argument reaches the hook, which decides
attempt(lambda: issubclass(5, F))


class Permissive(type):
    def __subclasscheck__(cls, sub):
        return isinstance(sub, str)


class P(metaclass=Permissive):
    pass


attempt(lambda: issubclass('anything', P))
attempt(lambda: issubclass(3, P))


# Objects that are not classes but have a __bases__ tuple take part as classes.
class Fake:
    def __init__(self, name, *bases):
        self.name = name
        self.__bases__ = bases


root = Fake('root')
mid = Fake('mid', root)
leaf = Fake('leaf', mid, Fake('other'))
print(issubclass(leaf, root), issubclass(root, leaf), issubclass(leaf, leaf))


class Instance:
    def __init__(self, cls):
        self.fake = cls

    @property
    def __class__(self):
        return self.fake


attempt(lambda: isinstance(Instance(leaf), root))
attempt(lambda: isinstance(Instance(root), leaf))
attempt(lambda: isinstance(Fake('x'), 'not a class'))
