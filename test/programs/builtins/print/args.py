# print with no arguments, one, and many of mixed types (each formatted with str()).
print()
print('one')
print(1, 2.5, 'three', None, True, [4], (5,), {'six': 6})
print('')
print('', '')
print(-0.0, 10 ** 18, 1e100)
