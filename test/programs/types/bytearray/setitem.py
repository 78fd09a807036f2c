# Item and slice assignment and deletion on bytearray, growing, shrinking, extended slices.
b = bytearray(b'abcdefgh')
b[0] = 65
b[-1] = ord('H')
print(b)
b[1:3] = b'XY'
print(b)
b[1:3] = b'123456'
print(b)
b[1:7] = b''
print(b)
b[2:2] = bytearray(b'--')
print(b)
b[:] = [104, 105]
print(b)
b[5:] = memoryview(b'!!')
print(b)
b[len(b):] = (x for x in b'<end>')
print(b)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
c = bytearray(b'0123456789')
c[::2] = b'abcde'
print(c)
c[1::3] = b'XYZ'
print(c)
c[::-1] = bytearray(b'jihgfedcba')
print(c)
del c[::2]
print(c)
del c[::-2]
print(c)
c[3:1] = b'new'
print(c)
c[:] = c
print(c)
c[1:] = c
print(c)

class I:
    def __index__(self):
        return 1

c[I()] = 0x5f
print(c)

def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

def setter(key, value):
    def go():
        x = bytearray(b'abc')
        x[key] = value
    return go

def deleter(key):
    def go():
        x = bytearray(b'abc')
        del x[key]
    return go

attempt('value 256', setter(0, 256))
attempt('value -1', setter(0, -1))
attempt('value bytes', setter(0, b'a'))
attempt('value str', setter(0, 'a'))
attempt('index out of range', setter(5, 1))
attempt('str index', setter('a', 1))
attempt('slice int', setter(slice(0, 1), 5))
attempt('slice str', setter(slice(0, 1), 'a'))
attempt('slice float', setter(slice(0, 1), 1.5))
attempt('slice None', setter(slice(0, 1), None))
attempt('slice bad item', setter(slice(0, 1), [300]))
attempt('extended size', setter(slice(0, 3, 2), b'x'))
attempt('del out of range', deleter(5))
attempt('del str', deleter('a'))
attempt('step zero', setter(slice(0, 3, 0), b'x'))
