# memoryview == compares bytes with any bytes-like object; only read-only views hash.
m = memoryview(b'abc')
print(m == b'abc', b'abc' == m, m == bytearray(b'abc'), bytearray(b'abc') == m, m == memoryview(bytearray(b'abc')))
print(m == b'abd', m != b'abc', m == 'abc', m == [97, 98, 99], m == 97, m[::2] == b'ac', m[::-1] == b'cba')
print(hash(m) == hash(b'abc'), hash(m[1:]) == hash(b'bc'), hash(memoryview(b'')) == hash(b''))
print({m: 1}[b'abc'], b'abc' in {m}, memoryview(b'x') in [b'x'])

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('hash writable', lambda: hash(memoryview(bytearray(b'abc'))))
attempt('hash readonly copy', lambda: hash(memoryview(bytearray(b'abc')).toreadonly()) == hash(b'abc'))
attempt('less than', lambda: m < m)
attempt('less than bytes', lambda: m < b'b')
attempt('greater equal', lambda: m >= memoryview(b'b'))
