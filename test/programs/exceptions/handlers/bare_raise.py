# A bare raise re-raises the exception being handled, even after a nested handler ends.
def f():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise


try:
    f()
except ValueError as e:
    print('caught again:', repr(e))

try:
    try:
        [1][5]
    except IndexError:
        print('logging and re-raising')
        raise
except LookupError as e:
    print(type(e).__name__, e)
