# with_traceback(tb) sets __traceback__ and returns the exception itself; __traceback__ takes a
# traceback or None only; an exception raised with another one's traceback prints those frames
# before the new raise point.
def fail():
    raise KeyError('deep')


def capture():
    try:
        fail()
    except KeyError as e:
        return e.__traceback__


tb = capture()
print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)

e = ValueError('v')
print(e.__traceback__)
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
print(e.with_traceback(None) is e, e.__traceback__)

for bad in (5, 'tb', [tb]):
    try:
        e.with_traceback(bad)
    except TypeError as x:
        print('TypeError:', x)
    try:
        e.__traceback__ = bad
    except TypeError as x:
        print('TypeError:', x)
print(e.__traceback__)

for call in (lambda: e.with_traceback(), lambda: e.with_traceback(tb, tb), lambda: e.with_traceback(tb=tb)):
    try:
        call()
    except TypeError as x:
        print('TypeError:', x)
try:
    del e.__traceback__
except TypeError as x:
    print('TypeError:', x)

e.__traceback__ = tb
print(e.__traceback__.tb_lineno)
e.__traceback__ = None
print(e.__traceback__)


def reraise():
    raise RuntimeError('with an old traceback').with_traceback(tb)


reraise()
