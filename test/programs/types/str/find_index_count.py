# str.find (-1 when absent), str.index (found cases) and str.count (non-overlapping).
s = 'mississippi'
print(s.find('ss'), s.find('ssi'), s.find('x'), s.find(''), s.find('i'))
print(s.find('ss', 3), s.find('i', -2))
print(s.index('p'), s.index('sip'))
print(s.count('s'), s.count('ss'), s.count('issi'), s.count('z'), s.count(''))
print('aaaa'.count('aa'))
