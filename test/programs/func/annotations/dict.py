# A function's __annotations__ is a dict of parameter (and 'return') annotations in
# definition order; it can be replaced by another dict and is empty without annotations.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(f.__annotations__)
print(list(f.__annotations__), f.__annotations__['return'], f.__annotations__ is f.__annotations__)


def g(x, y):
    pass


print(g.__annotations__, (lambda q: q).__annotations__)
g.__annotations__ = {'x': int}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print('TypeError', e)


class K:
    def method(self, n: int) -> 'K':
        return self


print(K.method.__annotations__, K().method.__annotations__)
ann = f.__annotations__
ann['extra'] = 1
print(sorted(f.__annotations__))
