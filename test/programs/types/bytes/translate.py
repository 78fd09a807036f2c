# translate with a 256-byte table and/or bytes to delete; maketrans.
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], table[:3])
print(b'aabbcc-abc'.translate(table), b'hello'.translate(None, b'l'), b'hello'.translate(table, b'eo'))
print(b'hello'.translate(None, delete=b'h'), b'hello'.translate(None), b''.translate(table))
rot13 = bytes.maketrans(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                        b'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print(b'Hello, World!'.translate(rot13), b'Hello, World!'.translate(rot13).translate(rot13))
print(type(bytearray.maketrans(b'a', b'b')).__name__, b'x'.maketrans(b'', b'') == bytes(range(256)))
print(b'abc'.translate(bytearray(table)), b'abc'.translate(memoryview(table), bytearray(b'b')))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('short table', lambda: b'abc'.translate(b'x'))
attempt('str table', lambda: b'abc'.translate('x'))
attempt('str delete', lambda: b'abc'.translate(None, 'a'))
attempt('no args', lambda: b'abc'.translate())
attempt('three args', lambda: b'abc'.translate(None, b'a', b'b'))
attempt('maketrans lengths', lambda: bytes.maketrans(b'ab', b'c'))
attempt('maketrans str', lambda: bytes.maketrans('a', 'b'))
attempt('maketrans one', lambda: bytes.maketrans(b'a'))
