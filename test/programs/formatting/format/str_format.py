# str.format: positional, numbered, keyword, indexed and attribute-free fields, specs.
print('{} + {} = {}'.format(1, 2, 3))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {d[k]}'.format([10, 20], d={'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'))
print('{:08.3f} {:,} {:x}'.format(3.14159, 10 ** 9, 3054))
print('{!r} {!s}'.format('q', 'q'))
print('{{}} {}'.format('x'))
print('{:{}}|'.format('w', 5))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
