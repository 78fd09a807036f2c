# __instancecheck__ and __subclasscheck__ on a metaclass drive isinstance()/issubclass(): they
# are looked up on the metaclass (not the class), get the candidate, and their result's truth is
# used; an exact type match never asks; tuples (nested too) are tried in order and stop at the
# first True; a class's own method of that name is not a hook.
log = []


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        log.append('instancecheck ' + cls.__name__ + ' ' + type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        log.append('subclasscheck ' + cls.__name__ + ' ' + sub.__name__)
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ('quack',)


class Walker(metaclass=DuckMeta):
    required = ('walk', 'stop')


class Duck:
    def quack(self):
        return 'quack'

    def walk(self):
        return 'waddle'


class Robot:
    def walk(self):
        return 'clank'

    def stop(self):
        return 'halt'


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(Robot(), Walker))
print(issubclass(Duck, Quacker), issubclass(Robot, Walker), issubclass(Duck, Walker))
print(log)
log.clear()

# An instance of the class itself: type(obj) is cls, no call.
print(isinstance(Quacker(), Quacker), log)

# Tuples: in order, stopping at the first match; nested tuples are flattened.
print(isinstance(Robot(), (int, Quacker, (str, Walker), Duck)))
print(log)
log.clear()
print(issubclass(Duck, ((Walker,), Quacker)), log)
log.clear()

# The result's truth value is what counts.
class Truthy(type):
    def __instancecheck__(cls, obj):
        return obj  # any object: its truth decides

    def __subclasscheck__(cls, sub):
        return [sub]


class T(metaclass=Truthy):
    pass


print(isinstance(0, T), isinstance('x', T), isinstance([], T), issubclass(int, T))

# A method on the class itself is not the hook: only the metaclass counts.
class NotAHook:
    def __instancecheck__(self, obj):
        return True


print(isinstance(5, NotAHook), issubclass(int, NotAHook))

# super() reaches type's own checks from an overriding metaclass.
class Logged(type):
    def __instancecheck__(cls, obj):
        r = super().__instancecheck__(obj)
        log.append(('isinstance', cls.__name__, r))
        return r

    def __subclasscheck__(cls, sub):
        r = super().__subclasscheck__(sub)
        log.append(('issubclass', sub.__name__, cls.__name__, r))
        return r


class Base(metaclass=Logged):
    pass


class Child(Base):
    pass


print(isinstance(Child(), Base), isinstance(3, Base), issubclass(Child, Base), issubclass(Base, Child))
print(log)
print(type.__instancecheck__(int, True), type.__subclasscheck__(float, bool))
