# functools.wraps / update_wrapper: the copied attributes, __dict__ merging, __wrapped__,
# custom assigned/updated tuples and wrapping objects that lack some attributes.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name: str, punct: str = '!') -> str:
    """Return a greeting."""
    return 'hello ' + name + punct


print(greet('ann'), greet('bob', punct='?'))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__)
print(greet.__wrapped__('raw'), greet.__wrapped__.__name__)

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def source():
    pass


source.tag = 'from source'
source.shared = 1


def target():
    pass


target.shared = 0
target.own = True
functools.update_wrapper(target, source)
print(sorted(target.__dict__), target.tag, target.shared, target.own, target.__name__)


class Box:
    def method(self):
        """a method"""


def outer():
    pass


r = functools.update_wrapper(outer, Box.method, assigned=('__doc__',), updated=())
print(r is outer, outer.__name__, outer.__qualname__, outer.__doc__, outer.__wrapped__ is Box.method)


class Callable:
    """A callable object"""

    def __call__(self):
        return 'called'


def wrapper2():
    return 'w'


obj = Callable()
functools.update_wrapper(wrapper2, obj)
print(wrapper2.__name__, wrapper2.__doc__, wrapper2.__wrapped__ is obj)


# stacking: __wrapped__ chains
def twice(f):
    @functools.wraps(f)
    def inner(x):
        return f(f(x))
    return inner


@twice
@twice
def inc(x):
    return x + 1


print(inc(0), inc.__name__, inc.__wrapped__.__wrapped__.__name__, inc.__wrapped__.__wrapped__(0))
