# chr() accepts any index (bool, __index__), reads it as a C int (OverflowError beyond) and
# then checks the code point range; ord() of every kind of one-character argument.

class Idx:
    def __index__(self):
        return 0x1F600

for v in [65, True, Idx(), 0, 0x10FFFF, 2 ** 31 - 1, 2 ** 40, -(2 ** 40), -1, 0x110000, 1.5,
          '6', None]:
    try:
        print(repr(v) if not isinstance(v, Idx) else 'Idx()', repr(chr(v)))
    except Exception as e:
        print(repr(v) if not isinstance(v, Idx) else 'Idx()', type(e).__name__, e)

for v in ['a', '\U0010ffff', b'z', bytearray(b'\xff'), '', 'ab', b'', 5]:
    try:
        print(repr(v), ord(v))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
