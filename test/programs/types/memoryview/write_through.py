# Writing through a memoryview of a bytearray changes the bytearray, slices included.
b = bytearray(b'hello world')
m = memoryview(b)
print(m.readonly, m.obj is b)
m[0] = ord('H')
m[-5:] = b'WORLD'
print(b)
m[6:11:2] = b'___'
print(b)
m[::-1] = bytearray(b'abcdefghijk')
print(b)
part = m[2:5]
part[0] = 0x2a
part[1:] = memoryview(b'**')
print(b, part.tobytes())
m[1:4] = m[5:8]
print(b)
m[0:3] = m[1:4]
print(b)
b[0] = 0x3e
print(m[0], m.tobytes())

class I:
    def __index__(self):
        return 7

m[I()] = I()
print(b)

def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('256', lambda: m.__setitem__(0, 256))
attempt('-1', lambda: m.__setitem__(0, -1))
attempt('bytes item', lambda: m.__setitem__(0, b'a'))
attempt('float item', lambda: m.__setitem__(0, 1.5))
attempt('short slice', lambda: m.__setitem__(slice(0, 2), b'a'))
attempt('list slice', lambda: m.__setitem__(slice(0, 2), [1, 2]))
attempt('str slice', lambda: m.__setitem__(slice(0, 1), 'a'))
attempt('out of range', lambda: m.__setitem__(20, 1))
attempt('delete', lambda: m.__delitem__(0))
attempt('readonly copy', lambda: m.toreadonly().__setitem__(0, 1))
print(b)
