# product, permutations, combinations and combinations_with_replacement: the order of the
# results, the r edge cases (0, larger than the pool) and their argument errors.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'c', repeat=2)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(len(list(product(range(4), range(5), range(3)))))

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])))
print([''.join(p) for p in permutations('aab')])

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations('', 0)))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)))

# the sizes follow the textbook formulas
n = 6
print(len(list(permutations(range(n), 3))), len(list(combinations(range(n), 3))),
      len(list(combinations_with_replacement(range(n), 3))))

for make in (lambda: product('ab', repeat=-1), lambda: combinations('abc', -1),
             lambda: permutations('abc', -2), lambda: combinations_with_replacement('ab', -1)):
    try:
        make()
    except ValueError as e:
        print('ValueError', e)
for make in (lambda: combinations('abc'), lambda: permutations('abc', 1.5),
             lambda: combinations('abc', 'x'), lambda: product([1], foo=2),
             lambda: combinations('a', 1, 2), lambda: permutations()):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)

# a small puzzle: which digit assignments make SEND+MORE... reduced: AB + BA == 121?
hits = [(a, b) for a, b in permutations(range(1, 10), 2) if (10 * a + b) + (10 * b + a) == 121]
print(hits)
