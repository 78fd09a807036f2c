# An exception ignored in __del__ is reported without its notes (CPython 3.11's unraisable hook
# prints the traceback and "Type: message" only), and the program goes on.
class Finalizer:
    def __repr__(self):
        return '<Finalizer>'

    def __call__(self):
        e = RuntimeError('cleanup failed')
        e.add_note('this note is not printed')
        raise e


class Resource:
    __del__ = Finalizer()

    def __init__(self, name):
        self.name = name


r = Resource('a')
del r
print('after del')
e = ValueError('kept')
e.add_note('printed')
raise e
