# defaultdict: the factory supplies missing values (only in d[key]), default_factory can be
# read and changed, None means KeyError; repr, copy and the | operator.
from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'cherry', 'cranberry']:
    groups[word[0]].append(word)
print(groups)
print(groups['z'], 'z' in groups, groups.get('q'), 'q' in groups, len(groups))

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))

nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
nested['b']['x'] += 3
print({k: dict(v) for k, v in nested.items()})

d = defaultdict(None, {1: 2})
print(d, d.default_factory)
try:
    d[5]
except KeyError as e:
    print('KeyError', e)
d.default_factory = set
d['s'].add(1)
print(d)
print(defaultdict(), defaultdict(str, a='x'), defaultdict(list, [('k', [1])]))
print(defaultdict(int).__missing__('m'))

c = counts.copy()
c['z'] += 5
print(type(c).__name__, c.default_factory is int, counts['z'], c['z'])
merged = defaultdict(list, a=[1]) | {'b': [2]}
print(merged, type(merged).__name__)
print({'c': 3} | defaultdict(int, a=1))
same = defaultdict(list)
same['self'].append(same)
print(same)

for bad in (1, 'text'):
    try:
        defaultdict(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    defaultdict(list, 5)
except TypeError as e:
    print('TypeError', e)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(isinstance(t['a'], Tree), t['a']['b']['c'], list(t))
