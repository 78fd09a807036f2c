# format() of complex: every float presentation type on both parts, the imaginary part always
# signed; no type repr()s the parts and adds parentheses unless the real part is +0.0.
values = [1 + 2j, -1.5 - 2.25j, 1j, -1j, 0j, complex(-0.0, -0.0), 12345.678 + 0.001j,
          1e20 + 1e-20j, complex(float('nan'), float('inf')), complex(-float('inf'), 0)]
specs = ['', '10', '<12', '^14', '*>16', '+', '-', ' ', '.2', '.3', '#', '#.3', 'e', '.2e', 'E',
         'f', '.1f', '+.0f', 'F', 'g', '.3g', 'G', '#g', 'n', '.2n', ',', ',.2f', '_.3f', 'z.1f',
         'z', '20.3e', '<25,.2f']
for z in values:
    print(repr(z))
    for spec in specs:
        print('  %-8r %r' % (spec, format(z, spec)))
print(format(1 + 1j, '.1000f')[:30])
print(format(1234567.5 + 1234.5j, '_.1f'), format(1e100 + 2j, '.2f')[:20])
