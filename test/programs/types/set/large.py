# Big sets: many ints, tuples and strs; len and sums stay exact through growth and deletions.
s = set(range(100000))
print(len(s), sum(s), 99999 in s, 100000 in s)
for i in range(0, 100000, 2):
    s.discard(i)
print(len(s), sum(s), min(s), max(s))
s.update(range(0, 100000, 4))
print(len(s))
pairs = {(i % 100, i % 7) for i in range(5000)}
print(len(pairs), (99, 6) in pairs, (100, 0) in pairs)
words = {'w' + str(i) for i in range(3000)}
print(len(words), 'w2999' in words, 'w3000' in words)
f = frozenset(words)
print(len(f & words), len(f - {'w1', 'w2'}), hash(f) == hash(frozenset(words)))
t = set()
for i in range(20000):
    t.add(i * 7919 % 20011)
print(len(t))
while len(t) > 3:
    t.pop()
print(sorted(t))
