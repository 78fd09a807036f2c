# f_back walks Python's call chain through builtins that call back into Python code: __init__
# run by a class call, map(), sorted()'s key, a property getter, a class body, __repr__ run by
# repr(), a generator driven by next() and list().
import sys


def caller(depth=2):
    f = sys._getframe(depth)
    return f'{f.f_code.co_name}:{f.f_lineno}'


class Point:
    def __init__(self, x):
        self.x = x
        self.made_by = caller()

    @property
    def via_property(self):
        return caller()

    def __repr__(self):
        return 'Point from ' + caller()


def make():
    return Point(1)


p = make()
print(p.made_by)
print(p.via_property)
print(repr(p))
print(list(map(lambda v: caller(), [0])))
print(sorted([2, 1], key=lambda v: caller() + str(v)))


class Body:
    where = caller(1)
    outside = caller(2)


print(Body.where, Body.outside)


def gen():
    yield caller()
    yield caller()


def drive():
    g = gen()
    first = next(g)
    return first, list(g)


print(drive())
