# Set comprehensions and {*a, *b} displays.
print({x % 5 for x in range(20)}, {c.upper() for c in 'hello'}, {x for x in []})
print({(x, y) for x in range(3) for y in range(x)}, {x for x in range(10) if x % 3 == 0})
print({len(w) for w in ['a', 'bb', 'cc', 'ddd']}, {frozenset([x]) for x in range(3)})
a, b = [1, 2, 3], (3, 4)
print({*a}, {*a, *b}, {*a, 9, *b, *'xy'}, {*range(3), *{7: 0}})
print({*set(), *frozenset()}, {0, *[]})
try:
    print({*1})
except TypeError as e:
    print('TypeError:', e)
try:
    print({*[1, [2]]})
except TypeError as e:
    print('TypeError:', e)
try:
    print({x for x in [1, {}]})
except TypeError as e:
    print('TypeError:', e)
n = 3
print({x * n for x in range(n)}, {x for x in {x for x in range(5)} if x})
print(sorted({w.lower() for w in 'The the THE a A an'.split()}))
print({i: {j for j in range(i)} for i in range(4)})
