# Builtins applied to sets: len, bool, sorted, min/max/sum, any/all, list/tuple/dict, isinstance.
s = {4, 2, 8, 6}
print(len(s), bool(s), bool(set()), sorted(s), sorted(s, reverse=True))
print(min(s), max(s), sum(s), any(s), all(s), any(set()), all(set()), all({0}))
print(list(sorted(frozenset('cab'))), tuple(sorted(s)), dict.fromkeys(sorted(s)))
print(isinstance(s, set), isinstance(s, frozenset), isinstance(frozenset(), set))
print(type(s).__name__, type(frozenset()).__name__, set.__name__, frozenset.__name__)
print(set, frozenset, type(iter(s)).__name__)
print(sorted({3, 1}) == [1, 3], list(map(str, sorted(s))), ','.join(sorted({'b', 'a'})))
print(sum({0.5, 1.5}), max({'apple', 'pear'}, key=len), min({(2, 1), (1, 2)}))
print(len(set(dir(set))) > 10 if False else 'dir skipped')
print(set.union({1}, {2}), set.add, frozenset.union(frozenset([1]), [2]))
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print('TypeError:', e)
