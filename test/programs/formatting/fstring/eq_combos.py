# The = specifier combined with conversions and format specs, and with expressions.
x = 'ab'
n = 42
items = [1, 2]
print(f'{x=!s}|{x=!r}|{x=:>5}|{x=!r:>6}|')
print(f'{n=:#06x} {n * 2=} {items[0]=} {len(items)=:03d}')
print(f'{ n = }')
print(f'{n!r:^8}|{n!s:<4}|')
print(f'{3.0=}', f'{-n=}', f'{n>40=}')
