# An exception escaping __del__ cannot propagate: it is printed to stderr as "Exception ignored
# in: <repr of what was called>", the traceback of the failing call, and "Type: message" (with
# ": " even for an empty message, and no chained exceptions), and the program goes on. (__del__
# is a callable object with a fixed repr here: the repr of a plain function has an address.)
class Finalizer:
    def __init__(self, name, action):
        self.name = name
        self.action = action

    def __repr__(self):
        return '<finalizer ' + self.name + '>'

    def __call__(self):
        print('running', self.name)
        return self.action()


def fail_index():
    items = []
    return items[3]


def fail_empty():
    raise ValueError


def fail_chained():
    try:
        {}['key']
    except KeyError as e:
        raise RuntimeError('cleanup failed') from e


def deep(n):
    if n == 0:
        return 1 / 0
    return deep(n - 1)


class Resource:
    __del__ = Finalizer('index', fail_index)


class Empty:
    __del__ = Finalizer('empty', fail_empty)


class Chained:
    __del__ = Finalizer('chained', fail_chained)


class Deep:
    __del__ = Finalizer('deep', lambda: deep(3))


class Quiet:
    __del__ = Finalizer('quiet', lambda: 'fine')


print('start')
r = Resource()
del r
print('after index')
Empty()
print('after empty')
c = Chained()
c = None
print('after chained')
Deep()
Quiet()
print('after deep and quiet')


# An object dropped from the stack while an exception unwinds: its __del__ error is reported,
# the original exception still reaches the handler.
def use(a, b):
    return a, b


try:
    use(Resource(), 1 / 0)
except ZeroDivisionError as e:
    print('caught', repr(e))


# A __del__ that is a descriptor: what its __get__ returns is what is called and reported.
class Bound:
    def __init__(self, owner):
        self.owner = owner

    def __repr__(self):
        return '<bound del of ' + type(self.owner).__name__ + '>'

    def __call__(self):
        raise OSError('cannot close ' + self.owner.label)


class Binder:
    def __get__(self, obj, cls):
        return Bound(obj)


class Handle:
    __del__ = Binder()

    def __init__(self, label):
        self.label = label


h = Handle('file.txt')
del h
print('end')
