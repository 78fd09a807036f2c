# ValueError/TypeError messages for bad format specs and format() calls.
cases = [
    lambda: format(1, 'z'),
    lambda: format('s', 'd'),
    lambda: format(1.5, 'd'),
    lambda: f'{"x":=^5}',
    lambda: format('x', '+'),
    lambda: '{:,}'.format('s'),
    lambda: '{0}{}'.format(1, 2),
    lambda: '{'.format(),
    lambda: '}'.format(),
    lambda: format(3, '.2s'),
]
for c in cases:
    try:
        print(repr(c()))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
