# Cycles through builtin objects that hold references: a bound builtin method, a dict view, a
# list iterator, an exception's args, a slice, enumerate/zip/map objects.
for i in range(3000):
    l = [i]
    l.append(l.append)
    d = {}
    d['keys'] = d.keys()
    d['items'] = d.items()
    it = iter(l)
    l.append(it)
    e = ValueError(l)
    l.append(e)
    s = slice(l, d)
    d['slice'] = s
    en = enumerate(l)
    l.append(en)
    z = zip(l, d)
    d['zip'] = z
    mp = map(len, [l])
    l.append(mp)
print(len(l), sorted(d))
print(type(l[1]).__name__, type(l[2]).__name__, type(l[3]).__name__, type(d['slice']).__name__)
del l, d, it, e, s, en, z, mp
print("done")
