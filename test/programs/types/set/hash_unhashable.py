# Hashing: set is unhashable; frozenset hashes exactly as CPython; unhashable elements everywhere.
def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
t(lambda: hash(set()))
t(lambda: hash({1}))
t(lambda: {{1}})
t(lambda: {[1]})
t(lambda: {1, 2, {}})
t(lambda: {frozenset(), set()})
t(lambda: {x for x in [[1]]})
t(lambda: {1: 2}[{1}])
t(lambda: {{1}: 2})
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1])), hash(frozenset([-1])))
print(hash(frozenset([1, 2, 3])), hash(frozenset(range(100))), hash(frozenset(['a', 'b'])))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), frozenset()])))
print(hash(frozenset([2**62, -2**62 - 5])), hash(frozenset([1.5, True])))
f = frozenset([1, 2])
print(hash(f) == hash(frozenset([2, 1])), hash(f) == hash(frozenset({1, 2, 2})))
d = {frozenset([1, 2]): 'a', frozenset(): 'b'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in d)
print({1, 2} in d if False else d.get(frozenset({1, 2})))
s = set(range(50))
fs = frozenset(s)
for i in range(0, 50, 2):
    s.discard(i)
print(hash(frozenset(s)), hash(fs) == hash(frozenset(range(50))))
print(len({frozenset([i, i + 1]) for i in range(100)}))
