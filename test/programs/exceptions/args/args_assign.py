# .args can be assigned any iterable (it becomes a tuple) but not deleted; str() and repr()
# follow the new args; __init__ runs again only when called.
e = ValueError('one')
e.args = ['a', 'b']
print(e.args, str(e), repr(e))
e.args = 'xy'
print(e.args)
e.args = (x * 2 for x in range(3))
print(e.args, str(e))
e.args = ()
print(repr(str(e)), repr(e))
e.args = {'k': 1}
print(e.args)
for bad in (5, None):
    try:
        e.args = bad
    except TypeError as x:
        print('TypeError:', x)
try:
    del e.args
except TypeError as x:
    print('TypeError:', x)
print(e.args)
e.__init__(1, 2, 3)
print(e.args)
k = KeyError()
k.args = ('only',)
print(str(k), repr(k))
raise KeyError('orig').with_traceback(None) from None
