# dict views and methods: keys/values/items, get, setdefault, pop, update, fromkeys, copy.
d = {'b': 2, 'a': 1}
k = d.keys()
v = d.values()
it = d.items()
d['c'] = 3
print(list(k), list(v), list(it))
print(len(k), 'a' in k, 2 in v, ('c', 3) in it)
print(d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('n', []))
d['n'].append(1)
print(d)
print(d.pop('n'), d.pop('zz', 'dflt'))
d.update({'a': 10}, e=5)
d.update([('f', 6)])
print(d)
c = d.copy()
c['a'] = 0
print(d['a'], c['a'])
print(dict(zip('ab', [1, 2])), dict(a=1), dict([(1, 2)]))
print(d.popitem(), d)
d.clear()
print(d, list(reversed({'x': 1, 'y': 2})))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print({'a': 1} == {'a': 1}, {'a': 1} | {'b': 2})
