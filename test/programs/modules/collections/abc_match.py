# A class pattern with an abstract base class matches through isinstance's hook, as in
# CPython: `case Mapping():` takes dicts and registered or derived mappings, `case
# Sequence():` takes lists, tuples and ranges but not str (excluded first).
from collections.abc import Mapping, Sequence, Set, Iterable
from collections import OrderedDict, ChainMap, deque, namedtuple

Point = namedtuple('Point', 'x y')


def describe(obj):
    match obj:
        case str():
            return 'text %r' % obj
        case Mapping():
            return 'mapping with %d keys' % len(obj)
        case Point(x, y):
            return 'point %s,%s' % (x, y)
        case Sequence():
            return 'sequence of %d' % len(obj)
        case Set():
            return 'set of %d' % len(obj)
        case Iterable():
            return 'some iterable'
        case _:
            return 'other ' + type(obj).__name__


for value in ['abc', {'a': 1}, OrderedDict(b=2), ChainMap({}, {'c': 3}), [1, 2], (3,),
              range(4), deque([5]), Point(1, 2), {6}, frozenset(), iter([]), 42, None]:
    print(describe(value))
