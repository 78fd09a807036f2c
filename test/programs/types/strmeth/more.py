# str methods: split/rsplit with maxsplit, join, strip variants, replace count, find/rfind, partition.
s = '  a,b,,c  '
print(s.split(','), s.strip().split(','), 'a b  c'.split(), 'a b c'.split(None, 1))
print('a-b-c'.rsplit('-', 1), 'a\nb\r\nc'.splitlines(), ''.split(','))
print('|'.join(['x', 'y']), ''.join([]), '-'.join('abc'))
print(repr('xxhixx'.strip('x')), repr('  hi'.lstrip()), repr('hi..'.rstrip('.')))
print('aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.find('l', 3, 4))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='))
print('hi'.center(7, '*'), '42'.zfill(5), '-42'.zfill(5), 'hi'.ljust(4, '.'), 'hi'.rjust(4))
print("they're bill's".title(), 'ß'.casefold(), 'STRASSE'.casefold() == 'straße'.casefold())
print('éçà'.upper(), 'ΣΑΣ'.lower(), 'ǅ'.lower(), 'straße'.upper())
print('abc'.startswith(('x', 'a')), 'abc'.endswith('bc'), 'AbC'.swapcase(), 'ab'.isalpha(), '12'.isdigit())
print('a\tb'.expandtabs(4), 'abc'.count(''), 'Hello World'.istitle())
