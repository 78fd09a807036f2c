# printf-style % formatting.
print('%d %i %s %r' % (42, -7, 'str', 'str'))
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%.2f %10.3f %-8.1f|' % (3.14159, 2.5, 1.25))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%e %g %g' % (12345.678, 0.0001, 1e20))
print('%c%c' % (72, 'i'))
print('%s' % [1, 2])
print('%s' % (('tuple',),))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 5})
print('100%% done, %s' % 'ok')
print('%+d % d' % (5, 5))
try:
    '%d %d' % (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
