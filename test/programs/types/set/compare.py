# Subset and superset tests: methods, comparison operators, isdisjoint; set and frozenset mixed.
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < a, b <= a, b > a, b >= a, a < a, a <= a, a == a)
print(a.issubset(b), a.issubset([1, 2, 7]), a.issubset('12'), b.issuperset(a), b.issuperset((1, 3)))
print(a.isdisjoint(c), a.isdisjoint(b), a.isdisjoint([5, 6]), a.isdisjoint([2]), set().isdisjoint(set()))
print(a.isdisjoint(a), set().isdisjoint([]), a.isdisjoint(frozenset([9])))
print(frozenset(a) == a, a == frozenset(a), frozenset(a) < b, b > frozenset(a))
print(set() < {1}, set() <= set(), set() == frozenset(), {1} == {1.0}, {1} == {True})
print({1, 2} == [1, 2], {1, 2} != (1, 2), {1} == {1: 1}.keys())
for bad in [[1], (1,), 'a', 5, None]:
    try:
        print({1} < bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    print({1}.issubset(5))
except TypeError as e:
    print('TypeError:', e)
try:
    print({1}.issuperset([[]]))
except TypeError as e:
    print('TypeError:', e)
try:
    print({1}.issubset([1, []]))
except TypeError as e:
    print('TypeError:', e)
print({1}.issuperset([1, 1, 1]), {1}.issuperset([1, 2, []]) if False else '-')
print(sorted([{1, 2}, {1}, set()], key=len))
print(max({3, 1, 2}), min({'b', 'a'}), sum({1, 2, 3}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
