# float() of bytes-like objects (bytes, bytearray, memoryview): the bytes are read as ASCII
# text, only ASCII whitespace is stripped, and the ValueError shows the original object.

for v in [b'1.5', b' 2 ', b'\t-3e2\n', bytearray(b'3e2'), memoryview(b'4.5'), b'1_000.5',
          b'inf', b'-Infinity', b'nan', b'\xa01', b'1\x1c', b'x', b'1__0', b'', b' ',
          bytearray(b'0x10'), b'1e', b'.5', b'5.', memoryview(b'12345')[1:4]]:
    shown = repr(v) if not isinstance(v, memoryview) else 'memoryview ' + repr(v.tobytes())
    try:
        print(shown, float(v))
    except Exception as e:
        print(shown, type(e).__name__, str(e).replace(repr(v), 'V') if isinstance(v, memoryview) else e)
for v in ['\u00a01', '1\x1c', '\u0663.\u0665', '\u30001\u2028', '\x1f2']:
    try:
        print(repr(v), float(v))
    except ValueError as e:
        print(repr(v), 'ValueError', e)
