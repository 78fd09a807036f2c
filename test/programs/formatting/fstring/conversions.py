# f-string conversions !r and !s, the = specifier, and braces (!a is in ascii_conv.py).
name = 'Zoë'
items = [1, 'two']
print(f'{name!r} {name!s}')
print(f'{items!r:>20}|')
print(f'{name=} {items=}')
print(f'{1 + 2 = }')
x = 3.0
print(f'{x=:.2f}')
print(f'{{literal}} {{{x}}}')
print(f'{"nested" + "!"}', f"{'q'}")
d = {'k': 'v'}
print(f'{d["k"]} {len(d)}')
print(f'{None!r} {True}')
