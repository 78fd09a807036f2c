# set and frozenset mixed: the left operand decides the result type; equality across types.
s, f = {1, 2, 3}, frozenset([2, 3, 4])
for r in [s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s]:
    print(type(r).__name__, sorted(r))
for r in [s.union(f), f.union(s), f.intersection(s), f.difference(s), f.symmetric_difference(s)]:
    print(type(r).__name__, sorted(r))
print(s == set(f), frozenset(s) == s, s <= f | s, f < frozenset(range(10)))
print({s == frozenset(s)}, {frozenset(s): 1}[frozenset([3, 2, 1])])
g = f
g |= s
print(type(g).__name__, g is f, sorted(g), sorted(f))
h = s
h |= f
print(type(h).__name__, h is s)
print(set(f) | f, frozenset(s) & s)
print(sorted(frozenset([frozenset([1]), frozenset([2])]) | {frozenset([3])}, key=sorted))
print({frozenset([1, 2]): 'x'}.get(frozenset({1, 2})), frozenset([1, 2]) in {frozenset([2, 1])})
