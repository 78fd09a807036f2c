# functools.cached_property computes once per instance and stores the value in the instance
# __dict__ (which then shadows it); deleting the attribute recomputes; misuse errors.
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def total(self):
        """The sum of the values."""
        self.computations += 1
        print('  computing total')
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computations, d.__dict__['total'])
d.values.append(4)
print(d.total)          # still the cached value
del d.total
print(d.total, d.computations)
d.total = 100           # assignment just sets the instance attribute
print(d.total)

e = Dataset([10])
print(e.total, d.total)

prop = Dataset.__dict__['total']
print(type(prop).__name__, prop.attrname, prop.__doc__, Dataset.total is prop)

# one cached_property assigned to two names
shared = cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    cause = e.__cause__ if e.__cause__ is not None else e
    print(type(cause).__name__, cause)

# without __set_name__
loose = cached_property(lambda self: 2)
try:
    loose.__get__(object())
except TypeError as e:
    print('TypeError', e)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 3


try:
    Slotted().value
except TypeError as e:
    print('TypeError', e)
