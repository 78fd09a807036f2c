# The methods bytearray shares with bytes return bytearrays, never bytes.
b = bytearray(b'  Hello, World  ')
for r in [b.strip(), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.replace(b'l', b'L'),
          b.center(20, b'*'), b.ljust(18), b.rjust(18, b'.'), b.zfill(18), b.expandtabs(), b.translate(None, b' '),
          b.removeprefix(b'  '), b.removesuffix(b'x'), b.lstrip(b' H'), b.rstrip()]:
    print(type(r).__name__, r)
print(b.split(), b.split(b','), b.rsplit(None, 1), b.splitlines(), b.partition(b','), b.rpartition(b'x'))
print(b.find(b'World'), b.count(b'l'), b.index(ord('H')), b.startswith(b'  H'), b.endswith((b'd', b'  ')))
print(b.isalpha(), bytearray(b'abc').isalpha(), bytearray(b'ABC').isupper(), bytearray().isascii())
print(b.hex(), bytearray(b'\x01\x02').hex('-'), b.decode().strip(), bytearray(b'x=%d') % 5)
print(bytearray(b',').join([b'a', bytearray(b'b')]), bytearray.fromhex('414243'), bytearray(b'abc').translate(bytes.maketrans(b'abc', b'xyz')))
print(b'x' in b, 72 in b, bytearray(b'ab').partition(b'a'))

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('upper arg', lambda: b.upper(1))
attempt('join arg', lambda: b.join())
attempt('zfill none', lambda: b.zfill())
attempt('fromhex none', lambda: bytearray.fromhex())
attempt('find str', lambda: b.find('x'))
attempt('strip keyword', lambda: b.strip(bytes=b'x'))
