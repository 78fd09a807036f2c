# str.startswith and str.endswith.
s = 'filename.py'
print(s.startswith('file'), s.startswith('name'), s.startswith(''))
print(s.endswith('.py'), s.endswith('.txt'), s.endswith(''))
print(''.startswith(''), ''.startswith('a'))
print(s.startswith('filename.py'), s.startswith('filename.py!'))
