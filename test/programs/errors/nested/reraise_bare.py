# Uncaught bare re-raise: the traceback is the original one (no entry for the raise line).
def inner():
    return {}['missing']


def outer():
    try:
        inner()
    except KeyError:
        print('cleaning up')
        raise


outer()
