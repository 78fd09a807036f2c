# copy.copy shares the contents, copy.deepcopy copies them; immutables and classes come back
# as they are; instances, slots, dict/list subclasses and named tuples are rebuilt.
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

grid = [[0, 1], [2, 3]]
s = copy.copy(grid)
d = copy.deepcopy(grid)
grid[0][0] = 99
print(s, d, s is grid, s[0] is grid[0], d[0] is grid[0])

for value in (1, 2.5, 'text', b'bytes', None, True, (1, 2), frozenset({1}), range(3), len, int):
    print(repr(value), copy.copy(value) is value, copy.deepcopy(value) is value)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.copy(t) is t)
print(copy.copy({1, 2}), copy.copy({'k': [1]}), copy.copy(bytearray(b'xy')), copy.deepcopy({3, 4}))


class Config:
    def __init__(self, name, options):
        self.name = name
        self.options = options

    def __repr__(self):
        return 'Config(%r, %r)' % (self.name, self.options)


c = Config('base', {'debug': [1]})
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c.options['debug'].append(2)
print(c2, c3, type(c3).__name__, c2.options is c.options, c3.options is c.options)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


sl = Slotted()
sc = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, hasattr(sc, 'b'))


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


tg = Tagged([[1], [2]], 'T')
tc = copy.copy(tg)
td = copy.deepcopy(tg)
print(tc, tc.tag, type(tc).__name__, tc[0] is tg[0], td[0] is tg[0], td.tag)

P = namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).x is p.x, type(copy.deepcopy(p)).__name__)
od = OrderedDict(b=[1], a=[2])
print(copy.copy(od), copy.deepcopy(od)['b'] is od['b'])
dd = defaultdict(list, k=[1])
ddc = copy.deepcopy(dd)
ddc['new'].append(0)
print(ddc, dd, ddc.default_factory is list)
print(copy.copy(Counter('aab')), copy.deepcopy(deque([[1]], maxlen=3)))
