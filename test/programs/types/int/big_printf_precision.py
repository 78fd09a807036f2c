# Regression: printf's '%.Nd' with a precision beyond 1300 digits wrote its leading zeros past a
# fixed 1400-byte scratch buffer (a trap, or corrupted output); now the digits go to the heap.
for fmt, v in (('%.1500d', 5), ('%.20000d', -7), ('%.5000x', 2 ** 70), ('%#.3000o', 8), ('%+.2000i', 2 ** 64)):
    s = fmt % v
    print(fmt, len(s), s[:6], s[-6:], s.count('0'))
print(len('%.1301d' % 1), len('%.1299d' % -1), len('%50.1400d|' % 3))
print(len(format(5, '030000,')), len(format(-2 ** 70, '=+20000_x')), len(f'{3:>15000}'))
