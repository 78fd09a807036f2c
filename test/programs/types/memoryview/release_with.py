# release() and the with statement; a released view refuses every operation.
b = bytearray(b'data')
with memoryview(b) as m:
    print(m.tobytes(), m[0], len(m))
print(repr(m).startswith('<released memory at 0x'), repr(memoryview(b'x')).startswith('<memory at 0x'))

def attempt(label, f):
    try:
        print(label, '->', f())
    except ValueError as e:
        print(label, '!!', e)

attempt('len', lambda: len(m))
attempt('index', lambda: m[0])
attempt('slice', lambda: m[1:])
attempt('tobytes', lambda: m.tobytes())
attempt('tolist', lambda: m.tolist())
attempt('hex', lambda: m.hex())
attempt('format', lambda: m.format)
attempt('obj', lambda: m.obj)
attempt('readonly', lambda: m.readonly)
attempt('nbytes', lambda: m.nbytes)
attempt('iter', lambda: list(m))
attempt('bytes()', lambda: bytes(m))
attempt('enter', lambda: m.__enter__())
attempt('memoryview of it', lambda: memoryview(m))
attempt('set', lambda: m.__setitem__(0, 1))
attempt('in', lambda: 1 in m)
attempt('hash', lambda: hash(m))
print(m == m, m == b'data', m != b'data')
m.release()
m.release()
v = memoryview(b'abc')
v.release()
print(v == v)
b.extend(b'!')
print(b)
with memoryview(b'xyz') as w:
    with w[1:] as inner:
        print(inner.tobytes())
    print(w.tobytes())
try:
    with memoryview(bytearray(b'q')) as z:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, repr(z)[:17])
