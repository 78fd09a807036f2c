# int() of bytes-like objects (parsed as ASCII text, the error showing the original object;
# explicit bases for bytes and bytearray only, checked after the base itself) and the
# whitespace int() strips from a str (ASCII's six, Unicode spaces, not \x1c-\x1f).
def t(l, f):
  try: print(l, repr(f()))
  except Exception as e: print(l, type(e).__name__, e)
def name(v):
    return 'memoryview' + repr(bytes(v)) if isinstance(v, memoryview) else repr(v)[:20]
for v in [b'12', b' -7 ', bytearray(b'1_000'), memoryview(b'42'), b'x', b'\xa01', b'1\x1c', b'0x1f', b'', b'1'*5000]:
    t(name(v), lambda: int(v) if len(v) < 100 else len(str(int(v))))
for v, b in [(b'ff', 16), (bytearray(b'0b101'), 0), (b'z', 36), (memoryview(b'1'), 10), (5, 10), (b'1', 1), ('1', 99), (1.5, 0), (b'12', 37)]:
    t((name(v), b), lambda: int(v, b))
for s in ['1\x1c', '\x1f2', '\u00a01', '1\u2028', '\u30003', ' 4 ']:
    t(repr(s), lambda: int(s))
