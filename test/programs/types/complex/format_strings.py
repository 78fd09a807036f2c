# complex in f-strings, str.format and %-formatting: format specs go to complex.__format__,
# conversions to repr/str, and %-formats other than s/r/a reject complex.
z = 3.25 - 4.5j
w = 2j
print(f'{z}', f'{z!r}', f'{z!s:>20}', f'{z:.1f}', f'{z:+.3e}', f'{w:^10}', f'{w:*<8.2f}')
print(f'{z.real:.2f} {z.imag:.2f} {abs(z):.4f} {z * w}')
print('{} and {!r} and {:g}'.format(z, w, z), '{0.real}+{0.imag}i'.format(z))
print('{:>{width}.{prec}f}'.format(z, width=24, prec=3), '{z:10}'.format(z=w))
print('%s %r %a %10s %-10s|' % (z, w, z, w, w))
print('%(a)s' % {'a': 1 + 1j})
for fmt in ('%f', '%d', '%x', '%e', '%g', '%c', '%i', '%o', '%.2f'):
    try:
        print(fmt % z)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
for fmt in (b'%f', b'%d', b'%s'):
    try:
        print(fmt % z)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
table = [(1 + 1j) ** k for k in range(6)]
for k, t in enumerate(table):
    print(f'{k:2d} | {t!s:>12} | {t:10.2f} | {abs(t):6.3f}')
