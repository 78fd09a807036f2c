# % formatting with * width/precision, %r of nested values, %s of None/bool, %% and padding.
print('[%*d]' % (6, 42), '[%-*s]' % (5, 'ab'), '[%.*f]' % (2, 3.14159), '[%*.*f]' % (8, 1, 2.25))
print('%s %s %r' % (None, True, {'k': [1, 'v']}))
print('%5s|%-5s|%.2s' % ('abc', 'abc', 'abc'))
print('%3c|%-3c|' % ('x', 65))
print('%08.3f|%+.1e|%#.0f|%g' % (-3.14159, 12345.0, 2.0, 123456789.0))
print('%(x)5d|%(y)-5s|%(x)x' % {'x': 255, 'y': 'y'})
try:
    print('%s %s' % ('only',))
except TypeError as e:
    print(e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print(e)
try:
    print('%z' % 1)
except ValueError as e:
    print(e)
