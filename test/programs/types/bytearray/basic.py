# bytearray construction, repr, equality with bytes, mutability and unhashability.
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray('héllo', 'utf-8'))
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b'both \' and "'), bytearray(b'\\\t\x00\xff'))
print(bytearray(range(3)), bytearray(x for x in b'gen'), bytearray(memoryview(b'mv')), bytearray(bytearray(b'copy')))
b = bytearray(b'hello')
print(len(b), b[0], b[-1], b[1:3], b[::-1], type(b[1:3]).__name__, list(b))
print(b == b'hello', b'hello' == b, b == bytearray(b'hello'), b != b'x', b == 'hello', b < b'help', b'hellp' > b)
print(str(b), f'{b}', f'{b!r:>20}', '%s' % b, b'hello' in [b], b in [b'hello'])
b2 = b
b[0] = 74
print(b, b2, b is b2)
try:
    hash(b)
except TypeError as e:
    print(e)
try:
    {b: 1}
except TypeError as e:
    print(e)
print(bytearray.__hash__ is None, isinstance(b, bytearray), isinstance(b, bytes))
print(bytearray(b'abc') + b'def', b'abc' + bytearray(b'def'), bytearray(b'ab') * 2, 2 * bytearray(b'cd'))
print(type(b'abc' + bytearray(b'd')).__name__, type(bytearray(b'abc') + b'd').__name__)
print(bytearray(b'x').__alloc__() >= 1, bytearray().__alloc__())

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('str', lambda: bytearray('abc'))
attempt('negative', lambda: bytearray(-1))
attempt('float', lambda: bytearray(1.5))
attempt('None', lambda: bytearray(None))
attempt('out of range item', lambda: bytearray([256]))
attempt('str item', lambda: bytearray(['a']))
attempt('encoding with int', lambda: bytearray(1, 'utf-8'))
attempt('errors with str', lambda: bytearray('a', errors='strict'))
attempt('index', lambda: bytearray(b'a')[5])
attempt('str index', lambda: bytearray(b'a')['x'])
attempt('concat str', lambda: bytearray(b'abc') + 'a')
attempt('repeat str', lambda: bytearray(b'abc') * 'a')
attempt('bad keyword', lambda: bytearray(x=1))
