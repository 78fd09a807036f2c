# Equal numbers are the same key: 1, 1.0 and True hash and compare equal.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(d[1], len(d))
e = {0: 'zero', -1: 'minus one', 10 ** 18: 'big'}
print(e[0.0], e[False], e[-1], e[1000000000000000000])
print(2.5 in {2.5: 1}, 2 in {2.5: 1})
