# dict.get with and without default, membership tests, and del.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'default'), d.get('b', 0))
print('a' in d, 'z' in d, 'z' not in d, 1 in d)
del d['b']
print(d, len(d))
print('b' in d)
counts = {}
for ch in 'hello world':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
