# Custom exception hierarchies: subclasses of Exception with extra attributes, args, str() and
# repr(), catching by base class, except clause ordering, re-raising, raise ... from, and
# __init__ calling super().__init__ with a formatted message.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field + ': ' + problem)
        self.field = field
        self.problem = problem


class NotFound(AppError):
    def __init__(self, kind, key):
        super().__init__(kind, key)
        self.kind = kind
        self.key = key

    def __str__(self):
        return self.kind + ' ' + repr(self.key) + ' not found'


class Timeout(AppError):
    code = 504


e1 = ValidationError('age', 'must be positive')
e2 = NotFound('user', 42)
e3 = Timeout()
e4 = Timeout('slow', 30)
for e in [e1, e2, e3, e4]:
    print(type(e).__name__, e.args, str(e), repr(e))
print(e1.field, e1.problem, e2.kind, e2.key, e3.code)
print([c.__name__ for c in ValidationError.__mro__])
print(isinstance(e1, AppError), isinstance(e1, Exception), issubclass(Timeout, BaseException))


def risky(n):
    if n == 0:
        raise ValidationError('n', 'zero')
    if n == 1:
        raise NotFound('item', 'n1')
    if n == 2:
        raise Timeout('took too long')
    if n == 3:
        raise KeyError('plain')
    return 'fine ' + str(n)


for n in range(5):
    try:
        print(risky(n))
    except ValidationError as e:
        print('validation:', e.field, '-', e)
    except (NotFound, Timeout) as e:
        print('lookup/timeout:', type(e).__name__, e)
    except AppError:
        print('unreachable')
    except Exception as e:
        print('other:', type(e).__name__, e)


# Catching by base class and re-raising.
def wrapper():
    try:
        risky(1)
    except AppError as e:
        print('logging', type(e).__name__)
        raise


try:
    wrapper()
except NotFound as e:
    print('caught again:', e.key)


# raise ... from sets __cause__.
class ConfigError(AppError):
    pass


def load(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError('bad value ' + repr(value)) from e


try:
    load('x1')
except ConfigError as e:
    print(e, '| cause:', type(e.__cause__).__name__, e.__cause__)


# An exception class with default arguments and a class-level counter.
class Counted(Exception):
    raised = 0

    def __init__(self, msg='default message'):
        Counted.raised += 1
        super().__init__(msg)


for i in range(3):
    try:
        raise Counted() if i % 2 else Counted('custom ' + str(i))
    except Counted as e:
        print(e, e.args)
print('raised', Counted.raised)

# Raising the class instead of an instance instantiates it with no arguments.
try:
    raise Counted
except Counted as e:
    print('from class:', e, Counted.raised)

# Exception without calling super().__init__ still has args from the constructor call.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


ns = NoSuper(1, 2)
print(ns.args, ns.total, str(ns))
