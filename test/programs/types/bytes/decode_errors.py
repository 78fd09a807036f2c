# UnicodeDecodeError: CPython's messages and its encoding/object/start/end/reason attributes.
cases = [b'\xff', b'abc\xff', b'\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80', b'a\xc3', b'\xf0\x9f\x98', b'\x80abc']
for b in cases:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e)
        print(' ', e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError), e.args == (e.encoding, e.object, e.start, e.end, e.reason))
try:
    b'ok\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, '|', e.start, e.end)
try:
    bytearray(b'\xc3(').decode()
except UnicodeError as e:
    print(type(e).__name__, e, type(e.object).__name__)

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('unknown encoding', lambda: b'abc'.decode('nope'))
attempt('unknown handler', lambda: b'\xff'.decode('utf-8', 'nope'))
attempt('encode-only handler', lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
attempt('encoding type', lambda: b'abc'.decode(1))
attempt('errors type', lambda: b'abc'.decode('utf-8', 1))
attempt('too many', lambda: b'abc'.decode('ascii', 'strict', 1))
attempt('bad keyword', lambda: b'abc'.decode(x=1))
attempt('str() of str', lambda: str('abc', 'utf-8'))
attempt('str() of int', lambda: str(1, 'utf-8'))
attempt('str() unknown', lambda: str(b'abc', 'nope'))
e = UnicodeDecodeError('codec', b'xy', 0, 2, 'why not')
print(e, e.reason)
print(UnicodeDecodeError('codec', b'xyz', 1, 2, 'one byte'))
