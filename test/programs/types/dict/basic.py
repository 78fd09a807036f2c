# Dict literals, lookup, insertion, update of an existing key, len and repr.
d = {'one': 1, 'two': 2}
print(d)
print(d['one'], d['two'])
d['three'] = 3
d['one'] = 'uno'
print(d)
print(len(d), len({}))
print({})
e = {1: 'int key', 'k': [1, 2], (1, 2): 'tuple key', None: 0}
print(e)
print(e[(1, 2)], e[None])
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2})
