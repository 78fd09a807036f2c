# CPython 3.11's limit of 4300 digits for int <-> str in bases that are not powers of two: exact
# messages for str(), repr(), format(), %d, f-strings and int(); powers of two have no limit.
ok = 10 ** 4299
print(len(str(ok)), len(str(-ok)), len(repr(10 ** 4300 - 1)))
print(int('9' * 4300) == 10 ** 4300 - 1, int('-' + '1' * 4300) % 97)
for label, f in (('str', lambda: str(10 ** 4300)), ('repr', lambda: repr(-10 ** 5000)),
                 ('format', lambda: format(10 ** 4300, ',')), ('%d', lambda: '%d' % 10 ** 4300),
                 ('f-string', lambda: f'{10 ** 4300}'), ('str.format', lambda: '{:_}'.format(2 ** 20000)),
                 ('format n', lambda: format(10 ** 4300, 'n')), ('print', lambda: print(2 ** 100000))):
    try:
        print(label, f())
    except ValueError as e:
        print(label, 'ValueError', e)
for label, s, base in (('5000 digits', '1' * 5000, 10), ('4301 digits', '1' * 4301, 10),
                       ('underscores', '1_' * 4300 + '1', 10), ('spaces', ' -' + '2' * 4301 + ' ', 10),
                       ('base 0', '7' * 4301, 0), ('base 36', 'z' * 4301, 36), ('base 3', '2' * 4301, 3),
                       ('zeros', '0' * 4301, 10)):
    try:
        print(label, int(s, base))
    except ValueError as e:
        print(label, 'ValueError', e)
for base in (2, 4, 8, 16, 32):
    print(base, int('1' * 5000, base).bit_length())
print(len(hex(10 ** 5000)), len(bin(3 ** 10000)), len(oct(-7 ** 6000)), len(format(10 ** 6000, 'x')))
print(len(f'{2 ** 50000:_b}'), len('%x' % 10 ** 5000), len('%o' % 10 ** 5000))
