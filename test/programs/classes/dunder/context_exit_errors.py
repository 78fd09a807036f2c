# Exceptions around context managers: an exception raised in __exit__ replaces the body's
# exception (with __context__ set), errors in __enter__ skip the body and __exit__, objects
# without __enter__/__exit__, and an uncaught exception raised from __exit__ at the end.
class Replacer:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError('exit failed while handling ' + (t.__name__ if t else 'nothing'))


try:
    with Replacer():
        raise ValueError('original')
except RuntimeError as e:
    print('caught', repr(e), 'context:', repr(e.__context__))

try:
    with Replacer():
        print('body ran')
except RuntimeError as e:
    print('caught', repr(e), 'context:', repr(e.__context__))


class FailEnter:
    def __enter__(self):
        raise OSError('cannot open')

    def __exit__(self, *args):
        print('exit should not run')


try:
    with FailEnter():
        print('body should not run')
except OSError as e:
    print('OSError:', e)


# In a multi-item with, a failing second __enter__ still exits the first.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)


try:
    with Noisy('first'), FailEnter(), Noisy('third'):
        print('no body')
except OSError as e:
    print('OSError:', e)


# Missing protocol methods.
class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


for obj in [NoEnter(), NoExit(), 42]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


# A manager that suppresses only some exception types.
class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.seen = t.__name__ if t else None
        return t is not None and issubclass(t, self.types)


for exc in [KeyError('k'), IndexError('i'), TypeError('t')]:
    ig = Ignore(LookupError)
    try:
        with ig:
            raise exc
        print('suppressed', ig.seen)
    except Exception as e:
        print('escaped', type(e).__name__, ig.seen)

print('last: exception from __exit__ with no exception in the body')


class Closer:
    def __enter__(self):
        return 'resource'

    def __exit__(self, t, v, tb):
        raise ValueError('close failed')


with Closer() as res:
    print('using', res)
