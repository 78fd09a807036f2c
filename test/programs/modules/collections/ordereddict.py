# OrderedDict: insertion order, move_to_end, popitem from either end, order-sensitive
# equality between OrderedDicts (but not with dicts), reversed, views and repr.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 9), ('y', 8)], z=7)
print(od, list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())))
print(od.setdefault('x', 0), od.setdefault('w', 0), od.pop('y'), od.pop('nope', 'dflt'), od)

a = OrderedDict([('k1', 1), ('k2', 2)])
b = OrderedDict([('k2', 2), ('k1', 1)])
print(a == b, a != b, dict(a) == dict(b), a == dict(b), dict(b) == a)
print(OrderedDict(), OrderedDict(a=1), OrderedDict.fromkeys('abc', 0))
print(a.copy(), type(a.copy()).__name__, a | {'k3': 3}, {'k0': 0} | a)
a |= {'k9': 9}
print(a)
print('k1' in a.keys(), ('k1', 1) in a.items(), 1 in a.values(), a.keys() & {'k1', 'zz'})
print(len(a.keys()), sorted(a.keys() | {'extra'}))

try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    a.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
try:
    a.pop('missing')
except KeyError as e:
    print('KeyError', e)
rec = OrderedDict(a=1)
rec['self'] = rec
print(rec)


# an LRU cache built on move_to_end/popitem
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print('  evict', evicted)


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get_item('a')
cache.put('c', 3)
print(cache, cache.capacity)

# changing the order or the size while iterating is detected; changing a value is not
for change in (lambda od: od.__setitem__('new', 0), lambda od: od.pop('a'),
               lambda od: od.move_to_end('a'), lambda od: od.move_to_end('c'),
               lambda od: od.__setitem__('b', 5), lambda od: od.popitem()):
    od = OrderedDict(a=1, b=2, c=3)
    try:
        for key in od:
            change(od)
        print('no error', od)
    except RuntimeError as e:
        print('RuntimeError', e)
od = OrderedDict(a=1, b=2)
try:
    for k, v in od.items():
        od.move_to_end(k)
except RuntimeError as e:
    print('items:', e)
print(type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.values())).__name__)
