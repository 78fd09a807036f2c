# printf-style % formatting of big ints: %d %i %u %x %X %o with flags, widths and precisions,
# %e %f %g (conversion to float, OverflowError past the range), %c and '*' errors.
v = 2 ** 80 + 1
print('%d %i %u' % (v, -v, v))
print('%x %X %o' % (v, -v, v))
print('%#x %#X %#o' % (v, -v, v))
print('%+d % d %-35d| %35d|' % (v, v, v, -v))
print('%.40d %040d %-+30x|' % (v, -v, v))
print('%e %.3f %g %E' % (v, v, -v, v))
print('%s %r %a' % (v, -v, v))
print('%(a)d and %(b)x' % {'a': 10 ** 30, 'b': 2 ** 100})
print('%d' % 1e30, '%d' % -2.5e25, '%i' % 12345678901234567890.7)
print('%c' % 0x263A, '%5c|' % 65)
for fmt, args in (('%c', 2 ** 64), ('%c', -1), ('%e', 10 ** 400), ('%f', -10 ** 400), ('%*d', (2 ** 64, 1)),
                  ('%.*d', (2 ** 64, 1)), ('%x', 2.5), ('%d', '12')):
    try:
        print(fmt % args)
    except (OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
