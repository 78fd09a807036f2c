# min/max with key and default, sum with start, any/all.
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default='empty'), min([], default=None))
print(max(3, 1, 4, 1, 5), min(3, 1, 4, key=lambda v: -v))
print(max([(1, 'b'), (1, 'a')]), max('abc'))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2, 3]], []), sum([0.5, 0.25]))
print(any([]), all([]), any([0, '', 1]), all([1, 'x', 0]))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
