# hex() with separators and group sizes; fromhex() parsing and its errors.
data = b'\x00\x01\xab\xcd\xef\xff'
print(data.hex(), b''.hex(), b'\x0f'.hex())
print(data.hex(':'), data.hex('-', 2), data.hex(' ', -2), data.hex(b'.', 4), data.hex('_', -4), data.hex(':', 0), data.hex(':', 6), data.hex(':', 10))
print(b'abcde'.hex(':', 2), b'abcde'.hex(':', -2), b'abcdef'.hex(sep='|', bytes_per_sep=3))
print(bytes.fromhex('de ad be ef'), bytes.fromhex('DEADbeef'), bytes.fromhex(''), bytes.fromhex('  01\t02\n'))
print(bytearray.fromhex('0a0b'), type(bytearray.fromhex('')).__name__)
print(bytes.fromhex(data.hex()) == data)

class Sub(bytes):
    pass

print(type(Sub.fromhex('41')).__name__, Sub.fromhex('4142'))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('sep int', lambda: data.hex(1))
attempt('sep empty', lambda: data.hex(''))
attempt('sep long', lambda: data.hex('ab'))
attempt('sep non-ascii', lambda: data.hex('\u20ac'))
attempt('sep list', lambda: data.hex([1]))
attempt('bps str', lambda: data.hex(':', 'x'))
attempt('too many', lambda: data.hex(':', 1, 2))
attempt('fromhex bytes', lambda: bytes.fromhex(b'ab'))
attempt('fromhex odd', lambda: bytes.fromhex('a'))
attempt('fromhex bad', lambda: bytes.fromhex('zz'))
attempt('fromhex bad low', lambda: bytes.fromhex('0g'))
attempt('fromhex split pair', lambda: bytes.fromhex('01 2'))
attempt('fromhex trailing', lambda: bytes.fromhex('01  0x'))
attempt('fromhex none', lambda: bytes.fromhex())
attempt('fromhex non-ascii', lambda: bytes.fromhex('0\u0661'))
