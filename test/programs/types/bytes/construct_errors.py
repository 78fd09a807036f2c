# bytes() argument errors with CPython's exact messages.
def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('str without encoding', lambda: bytes('abc'))
attempt('encoding without str', lambda: bytes(1, 'utf-8'))
attempt('encoding only', lambda: bytes(encoding='utf-8'))
attempt('errors only', lambda: bytes(errors='strict'))
attempt('errors with int', lambda: bytes(1, errors='x'))
attempt('errors with str', lambda: bytes('a', errors='strict'))
attempt('bytes and encoding', lambda: bytes(b'a', 'utf-8'))
attempt('negative', lambda: bytes(-1))
attempt('float', lambda: bytes(1.5))
attempt('None', lambda: bytes(None))
attempt('out of range', lambda: bytes([256]))
attempt('negative item', lambda: bytes([-1]))
attempt('str item', lambda: bytes(['a']))
attempt('float item', lambda: bytes([1.5]))
attempt('unknown encoding', lambda: bytes('a', 'nope'))
attempt('unencodable', lambda: bytes('é', 'ascii'))
attempt('bad keyword', lambda: bytes(x=1))
attempt('too many', lambda: bytes(1, 2, 3, 4))
attempt('encoding type', lambda: bytes('a', encoding=1))
attempt('errors type', lambda: bytes('a', 'utf-8', 5))

class BadBytes:
    def __bytes__(self):
        return 'not bytes'

attempt('__bytes__ returns str', lambda: bytes(BadBytes()))

def gen():
    yield 1
    raise RuntimeError('generator failed')

attempt('failing iterator', lambda: bytes(gen()))
