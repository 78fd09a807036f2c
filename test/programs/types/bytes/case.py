# Case mapping is ASCII-only for bytes: bytes >= 0x80 are left alone.
for s in [b'hello World', b'MiXeD 123 cAsE', b'', b'\xe9t\xe9 caf\xc3\xa9', b'hello wORLD 3rd-place o\'neil']:
    print(s.upper(), s.lower(), s.swapcase())
    print(s.capitalize(), s.title())

def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '!!', e)

attempt('upper arg', lambda: b'x'.upper(1))
attempt('lower keyword', lambda: b'x'.lower(x=1))
attempt('title args', lambda: b'x'.title(1, 2))
