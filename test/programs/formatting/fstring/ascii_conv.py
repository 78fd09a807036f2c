# The !a conversion in f-strings escapes non-ASCII characters like ascii().
name = 'Zoë'
print(f'{name!a}')
print(f'{"✓ done"!a}', f'{["ü", 1]!a}', f'{3!a}', f'{"plain"!a}')
print(f'{name!a:>12}|')
print('{!a}'.format(name))
