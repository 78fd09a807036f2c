# Dicts keep insertion order; iteration over the dict, keys(), values() and items().
d = {}
d['zebra'] = 1
d['apple'] = 2
d['mango'] = 3
for k in d:
    print(k)
for k in d.keys():
    print('key', k)
for v in d.values():
    print('value', v)
for k, v in d.items():
    print(k, '=', v)
d['zebra'] = 10
print(d)
del d['zebra']
d['zebra'] = 100
print(d)
