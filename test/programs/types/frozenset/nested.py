# Nested frozensets: powersets, sets of frozensets, deep nesting, hashes of nested values.
def powerset(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result
p = powerset([1, 2, 3])
print(len(p), sorted([sorted(s) for s in p]))
print(frozenset() in p, frozenset([1, 3]) in p, frozenset([4]) in p)
p4 = powerset(range(6))
print(len(p4), len({hash(s) for s in p4}))
deep = frozenset()
for i in range(200):
    deep = frozenset([deep, i])
print(len(deep), hash(deep) == hash(frozenset(deep)))
n = deep
depth = 0
while n:
    n = [x for x in n if isinstance(x, frozenset)][0]
    depth += 1
print(depth)
print(frozenset([frozenset([frozenset()])]))
a = frozenset([frozenset([1, 2]), frozenset([3])])
b = frozenset([frozenset([3]), frozenset([2, 1])])
print(a == b, hash(a) == hash(b), a)
