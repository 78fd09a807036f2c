# len of each sized built-in type.
print(len('hello'), len(''), len('日本'))
print(len([1, 2, 3]), len([]))
print(len((1,)), len(()))
print(len({'a': 1, 'b': 2}), len({}))
print(len(range(7)), len(range(3, 0, -1)))
