# format() / f-strings / str.format on big ints: grouping with ',' and '_', widths and every
# alignment, signs, zero padding, '=' with grouping, the float codes e f g % and the 'c' error.
v = 2 ** 70 + 12345
n = -3 ** 45
print(f'{v:,}', f'{v:_}', f'{n:,}', f'{v:_x}', f'{v:#_b}', f'{n:_o}')
print(f'{v:>40}|', f'{v:<40}|', f'{v:^41}|', f'{n:=40}|', f'{n:*^42,}|')
print(f'{v:+}', f'{v: }', f'{n:+}', f'{n: }', f'{v:+,}', f'{n:-_}')
print(f'{v:040}', f'{n:040}', f'{v:040,}', f'{n:0=45_}', f'{v:#040x}', f'{n:#045_b}')
print(f'{v:n}', f'{n:d}', f'{v:X}', f'{n:#X}', f'{v:o}')
print(f'{v:e}', f'{v:.3e}', f'{n:E}', f'{v:f}', f'{v:.2f}', f'{n:g}', f'{v:.10g}', f'{v:%}')
print('{:,}'.format(-10 ** 30), '{0:>35,}|{0:<10}'.format(10 ** 25), '{:_^50x}'.format(2 ** 150))
print(format(10 ** 50, ''), format(-10 ** 50, 'd'), format(2 ** 64, '>30'), format(2 ** 64, '030,'))
print(str(2 ** 100).rjust(40, '.'), str(2 ** 100).zfill(35), f'{2 ** 100!r:>35}', f'{-2 ** 100!s}')
for spec in ('c', '.3', 'z', '=s', 'q'):
    try:
        print(spec, format(2 ** 70, spec))
    except (ValueError, OverflowError) as e:
        print(spec, type(e).__name__, e)
try:
    print(format(10 ** 400, 'e'))
except OverflowError as e:
    print('OverflowError', e)
print(f'{0x1F600 + 2 ** 64 - 2 ** 64:c}')
