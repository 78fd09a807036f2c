# __getitem__/__setitem__/__delitem__ with ints, negative indexes, slices (the slice object's
# start/stop/step and indices()), tuples of indexes, and string keys on a mapping-like class.
class Seq:
    def __init__(self, items):
        self.items = list(items)
        self.log = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            self.log.append(('slice', key.start, key.stop, key.step))
            return Seq(self.items[key])
        if isinstance(key, tuple):
            self.log.append(('tuple', key))
            return [self.items[k] for k in key]
        self.log.append(('index', key))
        return self.items[key]

    def __setitem__(self, key, value):
        self.log.append(('set', type(key).__name__))
        self.items[key] = value

    def __delitem__(self, key):
        self.log.append(('del', type(key).__name__))
        del self.items[key]

    def __repr__(self):
        return 'Seq' + repr(self.items)


s = Seq(range(10))
print(s[0], s[-1], s[3])
print(s[2:5], s[:3], s[7:], s[::3], s[::-1], s[-3:-1], s[:])
print(s[1, 3, 5], s[0,])
print(s.log)
s.log.clear()
s[0] = 'zero'
s[1:3] = ['a', 'b', 'c']
s[::4] = ['X', 'Y', 'Z']
print(s)
del s[0]
del s[::2]
del s[-1]
print(s, s.log)
try:
    s[100]
except IndexError as e:
    print('IndexError:', e)


# Inspecting slice objects directly.
class Spy:
    def __getitem__(self, key):
        return key


spy = Spy()
sl = spy[1:10:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl)
print(spy[:], spy[::], spy[5:], spy[:-1], spy['a':'b'])
print(spy[1:2, 3], spy[...], spy[None])
print(sl.indices(6), spy[::-1].indices(4), spy[-3:].indices(10))
print(spy[1:2] == slice(1, 2), spy[::2] == slice(None, None, 2))


# A mapping-like class keyed by strings.
class Env:
    def __init__(self):
        self.data = {}

    def __getitem__(self, name):
        if name not in self.data:
            raise KeyError('unbound: ' + name)
        return self.data[name]

    def __setitem__(self, name, value):
        self.data[name.lower()] = value

    def __delitem__(self, name):
        self.data.pop(name)


e = Env()
e['X'] = 1
e['y'] = e['x'] + 1
e['y'] += 10
print(e.data)
del e['x']
try:
    e['x']
except KeyError as err:
    print('KeyError:', err)
try:
    del e['zz']
except KeyError as err:
    print('KeyError:', err)


# Objects without these methods.
class Nothing:
    pass


for fn in [lambda: Nothing()[0], lambda: Nothing().__setitem__]:
    try:
        fn()
    except (TypeError, AttributeError) as err:
        print(type(err).__name__ + ':', err)
n = Nothing()
try:
    n[0] = 1
except TypeError as err:
    print('TypeError:', err)
try:
    del n[0]
except TypeError as err:
    print('TypeError:', err)
