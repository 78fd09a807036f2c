# Dict comprehensions: key order, duplicate keys, conditions and nesting.
words = ['apple', 'bob', 'cat', 'avocado', 'banana']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({i: {j: i * j for j in range(i)} for i in range(3)})
inv = {v: k for k, v in {'x': 1, 'y': 2}.items()}
print(inv)
print([{n: n * n} for n in range(3)])
