# __notes__ is whatever the program put there, and the traceback printer copes as CPython 3.11
# does: a str is a sequence (one line per character), other items print with str(), an item
# whose str() fails prints "<note str() failed>", a class attribute counts, and a value that is
# not a sequence prints its repr() with no newline after it (so the chain separator follows
# directly).
class Loud:
    def __str__(self):
        return 'LOUD'


class Broken:
    def __str__(self):
        raise ValueError('no str')


class Classy(Exception):
    __notes__ = ['from the class']


def step(n):
    if n == 0:
        e = KeyError('k')
        e.__notes__ = 'ab'
        raise e
    if n == 1:
        e = IndexError('i')
        e.__notes__ = (1, Loud(), Broken(), 'last')
        raise e
    if n == 2:
        raise Classy('c')
    e = TypeError('t')
    e.__notes__ = 42
    raise e


def chain(n):
    try:
        step(n)
    finally:
        if n < 3:
            chain(n + 1)


print('start')
chain(0)
