# BaseException.add_note (PEP 678, 3.11): notes go into the instance attribute __notes__, a
# list made on the first note; only str (or str subclasses) are accepted; a __notes__ that is
# not a list refuses more notes; deleting __notes__ starts over; argument errors are METH_O's.
class Tag(str):
    pass


e = ValueError('bad value')
print(hasattr(e, '__notes__'), e.__dict__)
print(e.add_note('first'))
e.add_note(Tag('second'))
print(e.__notes__, type(e.__notes__[1]).__name__, e.__dict__)
notes = e.__notes__
e.add_note('third')
print(notes is e.__notes__, len(notes))

for bad in (5, None, b'bytes', ['x']):
    try:
        e.add_note(bad)
    except TypeError as x:
        print('TypeError:', x)

for call in (lambda: e.add_note(), lambda: e.add_note('a', 'b'), lambda: e.add_note(note='a')):
    try:
        call()
    except TypeError as x:
        print('TypeError:', x)

del e.__notes__
print(hasattr(e, '__notes__'))
e.add_note('again')
print(e.__notes__)

e.__notes__ = ('a tuple',)
try:
    e.add_note('more')
except TypeError as x:
    print('TypeError:', x)
print(e.__notes__)

# notes are per instance and survive raising and catching
def check(n):
    if n < 0:
        err = ValueError(n)
        err.add_note(f'checked {n}')
        raise err
    return n


for n in (1, -2):
    try:
        check(n)
    except ValueError as x:
        x.add_note('caught in the loop')
        print(x.args, x.__notes__)


# a subclass with a class attribute __notes__ that is not a list
class Frozen(Exception):
    __notes__ = ()


f = Frozen()
try:
    f.add_note('x')
except TypeError as x:
    print('TypeError:', x)
print(BaseException.add_note)
