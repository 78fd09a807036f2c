# WeakKeyDictionary: data attached to objects without keeping them alive.
import gc
import weakref
gc.disable()


class Key:
    def __init__(self, name):
        self.name = name


d = weakref.WeakKeyDictionary()
a, b, c = Key("a"), Key("b"), Key("c")
d[a] = 1
d[b] = 2
d[c] = 3
print(len(d), d[a], d.get(b), a in d, Key("z") in d, 1 in d)
print(sorted(d.values()), sorted(k.name for k in d.keys()))
del a
print(len(d), sorted(v for v in d.values()))
c.cycle = c
del c
print(len(d), "collected:", gc.collect(), len(d))
print(sorted((k.name, v) for k, v in d.items()))
print(d.pop(b), len(d), d.pop(Key("q"), "none"))
e = Key("e")
print(d.setdefault(e, []), d.setdefault(e, [1]))
d[e].append("x")
print(d[e])
d.update({Key("tmp"): 0})
print(len(d))
copy = d.copy()
print(len(copy), copy[e])
try:
    d[1] = 2
except TypeError as ex:
    print(ex)
print(len(d.keyrefs()))
k, v = d.popitem()
print(k.name, v)
del e, k
print(len(d), len(copy))
