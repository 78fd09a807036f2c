# float.hex() and float.fromhex(): the exact hexadecimal forms, CPython's grammar (whitespace,
# sign, optional 0x, point, p-exponent), special values, rounding at the subnormal boundary,
# the error messages, and fromhex as a classmethod of subclasses.

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.5, 1e16, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, 2.225073858507201e-308, float('inf'), float('-inf'),
          float('nan'), 4.35, 1234.5, 0.125]:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, back == x or (back != back and x != x))

for s in ['  0x1p0 ', '\t0x1.8p1\n', '\u00a00x1p0', '0x', '0x.', '.', '0x.8', '0x8.', '1p', '1p+',
          '0x1p-1075', '0x1p-1074', '0x1.8p-1075', '0x1.0000000000001p-1075', '0x1p1023',
          '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', 'inf', '-Infinity',
          'NAN', '-nan', 'infinit', '0X1P0', '0x1_0', '+0x1p0', '--1', '0x1p99999999999999999999',
          '0x1p-99999999999999999999', '0x0p99999', '0x0.0000000000000000000000000001p0',
          '1' * 300 + 'p-1200', '0x1.fffffffffffffp-1023', '0x3p-1076', 'ff', '-.8']:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for f in [lambda: float.fromhex(5), lambda: float.fromhex(), lambda: float.fromhex('1', '2'),
          lambda: float.fromhex(s='1'), lambda: (1.5).fromhex('0x2p0'), lambda: (1.5).hex(1),
          lambda: float.hex(2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class F(float):
    def __new__(cls, v):
        print('F.__new__', v)
        return super().__new__(cls, v)

x = F.fromhex('0x1.8p1')
print(type(x).__name__, x)
