# The "as" name is deleted at the end of the except block.
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError:', err)


def f():
    x = 1
    try:
        raise KeyError(x)
    except KeyError as x:
        pass
    return x


try:
    f()
except UnboundLocalError as err:
    print('UnboundLocalError:', err)
