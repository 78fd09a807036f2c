# strip/lstrip/rstrip, with default whitespace and with an explicit character set.
s = '  \t hello world \n '
print('[' + s.strip() + ']')
print('[' + s.lstrip() + ']')
print('[' + s.rstrip() + ']')
print('xxhixx'.strip('x'))
print('xyhiyx'.strip('xy'))
print('--hi--'.lstrip('-'))
print('--hi--'.rstrip('-'))
print('[' + '   '.strip() + ']')
print('abc'.strip('') + '|')
