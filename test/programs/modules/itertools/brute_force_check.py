# The combinatoric iterators checked against brute-force definitions for small inputs, and
# islice against list slicing for every start/stop/step combination.
from itertools import (product, permutations, combinations, combinations_with_replacement,
                       islice, count, accumulate, groupby, zip_longest, pairwise, tee, chain)

bad = []
for n in range(5):
    pool = list('abcde'[:n])
    for r in range(n + 2):
        perms = [tuple(pool[i] for i in idx) for idx in product(range(n), repeat=r)
                 if len(set(idx)) == r]
        if list(permutations(pool, r)) != perms:
            bad.append(('permutations', n, r))
        combs = [p for p in perms if list(p) == sorted(p, key=pool.index)]
        if list(combinations(pool, r)) != combs:
            bad.append(('combinations', n, r))
        cwr = [tuple(pool[i] for i in idx) for idx in product(range(n), repeat=r)
               if sorted(idx) == list(idx)]
        if list(combinations_with_replacement(pool, r)) != cwr:
            bad.append(('cwr', n, r))
print('combinatorics mismatches:', bad)

data = list(range(10))
wrong = 0
for start in [None, 0, 1, 3, 9, 10, 12]:
    for stop in [None, 0, 2, 5, 10, 15]:
        for step in [None, 1, 2, 3, 11]:
            if list(islice(data, start, stop, step)) != data[start:stop:step]:
                wrong += 1
            if list(islice(iter(data), start, stop, step)) != data[start:stop:step]:
                wrong += 1
print('islice mismatches:', wrong)

sums = list(accumulate(range(1, 11)))
print(sums == [n * (n + 1) // 2 for n in range(1, 11)])
runs = [(k, len(list(g))) for k, g in groupby('aaabccddddde')]
print(runs, ''.join(k * n for k, n in runs) == 'aaabccddddde')
print(list(zip_longest(*[iter('abcdefg')] * 3, fillvalue='x')))
print(all(b - a == 1 for a, b in pairwise(range(100))), list(islice(count(1, 3), 5)))
a, b = tee(chain('xy', 'z'))
print(list(zip(a, b)))
