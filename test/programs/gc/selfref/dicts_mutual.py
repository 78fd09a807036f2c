# Two dicts referring to each other, and a dict that is its own value.
a = {'name': 'a'}
b = {'name': 'b', 'peer': a}
a['peer'] = b
print(a['peer']['peer'] is a, b['peer']['name'])
del a, b
d = {}
d['self'] = d
d[1] = [d, {'up': d}]
print(d[1][1]['up'] is d, sorted([k for k in d if isinstance(k, str)]))
del d
print("done")
