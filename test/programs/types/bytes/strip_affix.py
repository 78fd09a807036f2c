# strip, lstrip, rstrip (whitespace or a set of bytes), removeprefix, removesuffix.
s = b' \t\n hello \r\x0b\x0c '
print(s.strip(), s.lstrip(), s.rstrip())
print(b'xxhixx'.strip(b'x'), b'xyhiyx'.strip(b'xy'), b'xxhixx'.lstrip(b'x'), b'xxhixx'.rstrip(b'x'))
print(b'hello'.strip(b''), b'aaa'.strip(b'a'), b''.strip(), b'abc'.strip(None), b'abc'.strip(bytearray(b'c')))
print(b'\x1chi\x1c'.strip(), b'\xa0hi\xa0'.strip())
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))
print(b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''), b'abc'.removeprefix(b'abc'), b'ab'.removeprefix(b'abc'))
print(b'abc'.removesuffix(memoryview(b'bc')))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('strip str', lambda: b'abc'.strip('a'))
attempt('strip int', lambda: b'abc'.strip(1))
attempt('lstrip two', lambda: b'abc'.lstrip(b'a', b'b'))
attempt('strip keyword', lambda: b'abc'.strip(bytes=b'a'))
attempt('removeprefix str', lambda: b'abc'.removeprefix('a'))
attempt('removesuffix int', lambda: b'abc'.removesuffix(1))
attempt('removeprefix none', lambda: b'abc'.removeprefix())
