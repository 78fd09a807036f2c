# split and rsplit (ASCII whitespace or a separator, maxsplit), splitlines.
print(b'  a b\tc\n d  '.split())
print(b'  a b  c  '.split(None, 1), b'  a b  c  '.rsplit(None, 1))
print(b'a\x0bb\x0cc\x1cd'.split(), b''.split(), b'   '.split())
print(b'a,b,,c,'.split(b','), b'a,b,,c,'.rsplit(b',', 2), b'a,b'.split(b',', 0))
print(b'a::b::c'.split(b'::'), b'a::b::c'.rsplit(b'::', 1), b'abc'.split(b'x'))
print(b'a-b-c'.split(sep=b'-', maxsplit=1), b'a-b-c'.rsplit(maxsplit=1, sep=b'-'))
print(b'1 2 3'.split(maxsplit=1), b'x'.split(bytearray(b'x')), b'axb'.split(memoryview(b'x')))
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'one\ntwo\r\n'.splitlines(True), b'a\x0bb'.splitlines())
print(b''.splitlines(), b'\n\n'.splitlines(), b'x\n'.splitlines(keepends=True))

def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('str sep', lambda: b'abc'.split('b'))
attempt('int sep', lambda: b'abc'.split(1))
attempt('empty sep', lambda: b'abc'.split(b''))
attempt('rsplit empty', lambda: b'abc'.rsplit(b''))
attempt('bad maxsplit', lambda: b'abc'.split(maxsplit='x'))
attempt('bad keyword', lambda: b'abc'.split(x=1))
attempt('sep twice', lambda: b'abc'.split(b'a', sep=b'b'))
attempt('too many', lambda: b'abc'.split(b'a', 1, 2))
attempt('splitlines float', lambda: b'abc'.splitlines(1.5))
attempt('splitlines too many', lambda: b'abc'.splitlines(True, 1))
