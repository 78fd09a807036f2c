# float conformance: repr/str, round() with ndigits (half to even, negative, huge), is_integer,
# int() and trunc/floor/ceil, hash (equal to int's), divmod/%/// signs, comparisons with ints
# around 2**53, powers, float() parsing with underscores/whitespace/inf/nan and its errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
F = [0.0, -0.0, 1.0, -1.5, 0.1, 0.5, 2.5, 1e16, 1e15, 123456789012345678.0, 9007199254740993.0, 4.35, 1/3, float('inf'), float('-inf'), float('nan'), 2.675, 1234.5, -0.5, 0.125, 0.3, 1e-3, 999.9999, 7.0]
for x in F:
    t(('repr', x), lambda: (repr(x), str(x)))
    t(('round', x), lambda: (round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 0), round(x, 400), round(x, -400)))
    t(('isint', x), lambda: x.is_integer())
    t(('int', x), lambda: int(x))
    t(('trunc', x), lambda: (x.__trunc__(), x.__floor__(), x.__ceil__()))
    t(('hash', x), lambda: hash(x) if x == x else 'nan hash is id-based')
    t(('divmod', x), lambda: (divmod(x, 3), divmod(x, -3), x % 2.5, x // -0.75))
    t(('cmpint', x), lambda: (x == 9007199254740993, x < 9007199254740993, x > 2**62, x == 2**53, x >= 0))
    t(('bool', x), lambda: bool(x))
    t(('hex', x), lambda: x.hex())
    t(('pow', x), lambda: (x ** 2, x ** -1, pow(x, 0), 2 ** x))
for s in ['1', ' 1.5 ', '1_000.5', '1__0', '_1', '1_', '1e5', '1E-5', '.5', '5.', 'inf', '-Infinity', 'INF', 'nan', '-nan', 'NaN', '+inf', 'infinity', 'infinit', '0x10', '1e', 'e5', '', ' ', '\t1\n', '١٢', '1\u3000', 'abc', '1.5.5', '1e500', '-1e500', '1e-500', '0.1e-5_0', '1_0e1_0', '+-1', '- 1', '٣.٥']:
    t(('float', s), lambda: float(s))
t('fl_bytes', lambda: float(b'1.5'))
t('fl_none', lambda: float(None))
t('fl_list', lambda: float([]))
t('fl_bad_b', lambda: float(b'x'))
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 7
class BadF:
    def __float__(self): return 1
t('fl_dunder', lambda: (float(Fl()), float(Ix())))
t('fl_badf', lambda: float(BadF()))
t('fromhexbad', lambda: float.fromhex('0x1p99999'))
t('fromhexbad2', lambda: float.fromhex('zz'))
t('divz', lambda: 1.0 / 0)
t('modz', lambda: 1.0 % 0)
t('fdivz', lambda: 1.0 // 0.0)
t('powz', lambda: 0.0 ** -1)
t('powovf', lambda: 10.0 ** 400)
t('mulovf', lambda: 1e308 * 10)
t('intovf', lambda: int(float('inf')))
t('intnan', lambda: int(float('nan')))
t('roundinf', lambda: round(float('inf')))
t('roundnan', lambda: round(float('nan'), 2))
t('roundbad', lambda: round(1.5, 1.5))
t('cmps', lambda: (0.1 + 0.2 == 0.3, float('nan') != float('nan'), 1.0 == True, 2**62 - 1 < 2.0**62, -2**62 == -2.0**62))
t('floatnew', lambda: (float(), float(True), float(' -0 ')))
t('floatkw', lambda: float(x='1'))
t('conj', lambda: ((1.5).conjugate(), (1.5).real, (1.5).imag))
t('fmt', lambda: (f'{1e-7}', f'{1e16}', str(1e-7), str(12345678901234567.0)))
t('trunc', lambda: (int(-0.9), int(1e18), int(-1e18)))
t('truediv', lambda: (7 / 2, -7 / 2, 1 / 3, 2**53 / 3))
t('intdivflt', lambda: (7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0))
