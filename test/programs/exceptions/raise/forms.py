# raise with a class, an instance, no active exception, a non-exception, and a bad "from".
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', repr(e), e.args)


def raise_class():
    raise ValueError


def raise_bare():
    raise


def raise_int():
    raise 42


def raise_from_int():
    raise ValueError('x') from 1


def raise_from_class():
    raise ValueError('y') from KeyError


attempt(raise_class)
attempt(raise_bare)
attempt(raise_int)
attempt(raise_from_int)
attempt(raise_from_class)
try:
    raise_from_class()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
