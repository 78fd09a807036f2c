# Format-spec corners: '#' with no type on floats keeps a decimal point in exponent form,
# text specs reject ' ' and 'z' with their own messages, unknown codes outside printable
# ASCII are shown as \x.., and huge widths/precisions fail the way CPython does.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [1e16, 1e300, 5e-324, 1e22, 1.5, 2.0, 1e-7, float('inf'), -0.0, 123456789.0]:
    show(('#', x), lambda: (format(x, '#'), format(x, '#15'), format(x, '<#12'), f'{x:#}'))
for x in [1e16, 0.5, 100.0]:
    show(('#g', x), lambda: (format(x, '#g'), format(x, '#.3'), format(x, '#.0e'), format(x, '#.0f')))

for spec in [' ', ' 010', '+', '-5', 'z', 'z5', '#', '=5', ',', '_', ' s', 'zs']:
    show(('str', spec), lambda: format('abc', spec))
for spec in ['  ', '\x01', '\x7f', 'é', '€', 'Z', '!']:
    show(('code', spec), lambda: format(5, spec))
    show(('code', spec), lambda: format(5.5, spec))
    show(('code', spec), lambda: format('s', spec))

show('prec too big', lambda: format(1.5, '.3000000000f'))
show('prec too big g', lambda: format(1.5, '.3000000000'))
show('prec too big int', lambda: format(7, '.3000000000f'))
show('prec str huge', lambda: format('abc', '.3000000000'))
show('digits', lambda: format(1, '99999999999999999999'))
show('digits prec', lambda: format(1.0, '.99999999999999999999'))
show('int prec', lambda: format(5, '.3000000000'))

for spec in ['z.1f', 'z.0f', 'z', 'z.3e', 'z.2%', '+z.1f', 'z08.2f', 'z.1g']:
    show(('z', spec), lambda: [format(v, spec) for v in (-0.0, -0.04, 0.04, -1.25)])
