# __missing__ on dict subclasses: called by d[key] for absent keys only (not by get, in, pop or
# setdefault), its result returned without being stored unless it stores it, and KeyError raised
# from it.
class Default(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory
        self.missing_calls = []

    def __missing__(self, key):
        self.missing_calls.append(key)
        value = self.factory()
        self[key] = value
        return value


counts = Default(int)
for word in 'the cat and the hat and the bat'.split():
    counts[word] += 1
print(counts)
print(counts.missing_calls)
groups = Default(list)
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[w[0]].append(w)
print(groups, len(groups))

# get, in, pop and setdefault do not call __missing__.
d = Default(lambda: 'made', {'a': 1})
print(d.get('x'), 'x' in d, d.pop('y', 'no pop'), d.setdefault('z', 'sd'), d.missing_calls)
print(d['q'], d.missing_calls, d)


class Echo(dict):
    def __missing__(self, key):
        return 'missing ' + repr(key)


e = Echo(one=1)
print(e['one'], e['two'], e[3], len(e), e)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError('no key ' + str(key) + ' among ' + str(sorted(self)))


s = Strict(b=2, a=1)
print(s['a'])
try:
    s['c']
except KeyError as err:
    print('KeyError:', err)


# __missing__ is only looked up on dict subclasses; a plain attribute on a dict is impossible,
# and defining it on a non-dict class does nothing for [] lookups.
class NotDict:
    def __missing__(self, key):
        return 'never'

    def __getitem__(self, key):
        raise KeyError(key)


try:
    NotDict()['k']
except KeyError as err:
    print('KeyError:', err)


# A recursive __missing__ that computes values from smaller keys (memoization via dict).
class Fib(dict):
    def __missing__(self, n):
        value = n if n < 2 else self[n - 1] + self[n - 2]
        self[n] = value
        return value


f = Fib()
print(f[50], len(f), f[10])
