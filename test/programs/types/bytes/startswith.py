# startswith/endswith with bytes-like prefixes, tuples of them, and bounds.
s = b'hello world'
print(s.startswith(b'hello'), s.startswith(b'world'), s.endswith(b'world'), s.endswith(b'hello'))
print(s.startswith((b'x', b'he')), s.endswith((b'x', b'y')), s.startswith(()), s.startswith(bytearray(b'h')))
print(s.startswith(b'world', 6), s.startswith(b'lo', 3, 5), s.endswith(b'o', 0, 5), s.endswith(b'lo', -100, 5))
print(s.startswith(b''), s.startswith(b'', 11), s.startswith(b'', 12), s.endswith(b'', 5), s.endswith(b'', 12))
print(b''.startswith(b''), b''.endswith(b'a'), s.endswith(memoryview(b'ld')))

def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '!!', e)

attempt('str prefix', lambda: s.startswith('h'))
attempt('str in tuple', lambda: s.startswith((b'x', 'h')))
attempt('int prefix', lambda: s.startswith(104))
attempt('list suffix', lambda: s.endswith([b'd']))
attempt('no args', lambda: s.startswith())
attempt('too many', lambda: s.endswith(b'd', 0, 1, 2))
attempt('keyword', lambda: s.endswith(b'd', start=0))
