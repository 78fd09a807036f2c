# Big ints in every base: int(s, base) for 2..36 and base 0 prefixes, and output through hex(),
# oct(), bin() and format() codes x X o b with and without '#'.
v = 2 ** 130 + 3 ** 50 + 12345
digits = '0123456789abcdefghijklmnopqrstuvwxyz'


def to_base(n, b):
    out = ''
    m = abs(n)
    while m:
        m, r = divmod(m, b)
        out = digits[r] + out
    return ('-' if n < 0 else '') + (out or '0')


for b in range(2, 37):
    s = to_base(v, b)
    assert int(s, b) == v and int(s.upper(), b) == v and int('-' + s, b) == -v
    print(b, len(s), s[:16])
print(hex(v), hex(-v), oct(v), bin(v)[:40], bin(-v)[-20:])
print(format(v, 'x'), format(v, 'X'), format(v, '#x'), format(-v, '#X'))
print(format(v, 'o'), format(v, '#o'), format(v, 'b')[:30], format(-v, '#b')[:30])
print(int(hex(v), 16) == v, int(hex(v), 0) == v, int(oct(-v), 0) == -v, int(bin(v), 0) == v)
print(int('0x' + 'F' * 40, 0), int('0o' + '7' * 40, 0), int('0b' + '1' * 80, 0))
print(int('0X_dead_beef_cafe_babe_1234_5678', 16), int('1010' * 20, 2))
print(int('zzzzzzzzzzzzzzzzzzzz', 36), int('-ZZZZZZZZZZZZZZZZZZZZZ', 36), int('1' * 70, 3))
print(f'{v:x}'.count('0'), f'{2 ** 200:#_x}', f'{2 ** 100:_b}'[:24], f'{-2 ** 100:_o}')
for s, b in (('0x' + 'g' * 20, 16), ('12' * 20, 2), ('0o8' + '7' * 20, 0), ('0b' + '1' * 70, 16)):
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
