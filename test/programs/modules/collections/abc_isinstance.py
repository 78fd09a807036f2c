# collections.abc: isinstance/issubclass against the ABCs for builtin types (through method
# checks and registration), and mixin methods for a class that implements a few abstract ones.
import collections.abc as cabc
from collections import abc, OrderedDict, deque, Counter

print(abc is cabc, cabc.__name__, cabc.Mapping)
samples = [[], (), 'str', b'b', {}, set(), frozenset(), range(3), iter([]), (x for x in ''),
           len, 5, None, deque(), OrderedDict(), {}.keys(), {}.items(), {}.values()]
for abc_cls in (cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container, cabc.Hashable,
                cabc.Callable, cabc.Collection, cabc.Reversible, cabc.Sequence,
                cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping, cabc.Set,
                cabc.MutableSet, cabc.Generator, cabc.KeysView, cabc.ByteString):
    print(abc_cls.__name__.ljust(15), ''.join('x' if isinstance(s, abc_cls) else '.' for s in samples))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(Counter, cabc.Mapping))


class Stack(cabc.Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Stack(3, 1, 4, 1, 5)
print(list(s), 4 in s, s.index(1), s.count(1), list(reversed(s)), isinstance(s, cabc.Reversible))
try:
    s.index(9)
except ValueError:
    print('ValueError')


class Registry(cabc.MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r['Alpha'] = 1
r.update({'BETA': 2}, gamma=3)
print(dict(r), r['ALPHA'], r.get('delta'), 'beta' in r, r.setdefault('Eps', 5), r.pop('gamma'))
print(sorted(r.keys()), sorted(r.values()), r == {'alpha': 1, 'beta': 2, 'eps': 5})
print(r.popitem(), len(r))
r.clear()
print(len(r), isinstance(r, cabc.Mapping), isinstance(r, dict))


class Bits(cabc.MutableSet):
    def __init__(self, items=()):
        self._v = 0
        for i in items:
            self.add(i)

    def __contains__(self, i):
        return bool(self._v >> i & 1)

    def __iter__(self):
        return (i for i in range(64) if self._v >> i & 1)

    def __len__(self):
        return bin(self._v).count('1')

    def add(self, i):
        self._v |= 1 << i

    def discard(self, i):
        self._v &= ~(1 << i)

    def __repr__(self):
        return 'Bits(%s)' % list(self)


b = Bits([1, 3, 5])
print(b, b | Bits([2]), b & {3, 5, 7}, b - {1}, b ^ Bits([5, 6]), b <= Bits(range(6)), b == {1, 3, 5})
b |= {10}
b -= {1}
print(b, b.isdisjoint({0, 2}), b.pop(), b)


class Incomplete(cabc.Sequence):
    pass


try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(2), cabc.Iterator), issubclass(Countdown, cabc.Iterable), issubclass(Countdown, cabc.Sized))


class NoHash:
    __hash__ = None


print(isinstance(NoHash(), cabc.Hashable), isinstance(object(), cabc.Hashable))
