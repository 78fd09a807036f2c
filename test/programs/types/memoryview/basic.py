# memoryview over bytes: len, indexing, slicing, tolist, tobytes, hex, attributes.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[2:4].tobytes(), m.tolist(), m.tobytes(), m.hex(), m.hex(':'), m.hex('-', 2))
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous, m.c_contiguous, m.f_contiguous)
print(m.obj, m.obj is m.obj, type(m[1:]).__name__, m[1:].obj, len(m[1:]), m[1:].nbytes)
print(list(m), [x for x in m[::2]], bytes(m), bytearray(m), m.tobytes('C'), m.tobytes(order='A'))
print(97 in m, b'a' in m, 200 in m, list(reversed(m)), sum(m), max(m))
print(m[::2].tolist(), m[::-1].tobytes(), m[1:5][1:3].tobytes(), m[5:1].tolist(), m[10:].tobytes())
m2 = memoryview(m)
print(m2.tobytes(), m2.obj is m.obj, m2 == m, m2 is m, m.toreadonly().readonly)
print(memoryview(b'').tolist(), len(memoryview(b'')), memoryview(b'').tobytes(), memoryview(b'x').cast('B').tolist())
print(memoryview(object=b'kw').tobytes())

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('str', lambda: memoryview('abc'))
attempt('int', lambda: memoryview(1))
attempt('list', lambda: memoryview([1]))
attempt('no args', lambda: memoryview())
attempt('index', lambda: m[6])
attempt('negative index', lambda: m[-7])
attempt('str key', lambda: m['a'])
attempt('float key', lambda: m[1.5])
attempt('ellipsis key', lambda: m[...])
attempt('set readonly', lambda: m.__setitem__(0, 1))
attempt('del item', lambda: m.__delitem__(0))
attempt('tolist arg', lambda: m.tolist(1))
attempt('tobytes bad order', lambda: m.tobytes('X'))
attempt('attribute set', lambda: setattr(m, 'readonly', False))
attempt('subclass', lambda: type('V', (memoryview,), {}))
