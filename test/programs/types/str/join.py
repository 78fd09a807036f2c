# str.join over lists and tuples of strs.
print(', '.join(['a', 'b', 'c']))
print(''.join(['x', 'y', 'z']))
print('-'.join(('2024', '01', '31')))
print('|'.join([]) + '<empty')
print(' '.join(['single']))
print('->'.join('abc'))
words = ['join', 'these', 'words']
print(' '.join(words).upper())
