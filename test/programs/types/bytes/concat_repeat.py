# + and * on bytes, with bytes-like right operands and CPython's errors.
a = b'ab'
print(a + b'cd', a + bytearray(b'ef'), a + memoryview(b'gh'), b'' + a, a + b'')
print(type(a + bytearray(b'x')).__name__)
print(a * 3, 3 * a, a * 0, a * -2, b'' * 5, a * True)
s = b'x'
s += b'y'
s += bytearray(b'z')
s *= 2
print(s)

def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '!!', e)

attempt('bytes + str', lambda: b'a' + 'b')
attempt('bytes + int', lambda: b'a' + 1)
attempt('str + bytes', lambda: 'a' + b'b')
attempt('bytes + list', lambda: b'a' + [1])
attempt('list + bytes', lambda: [1] + b'a')
attempt('bytes * float', lambda: b'a' * 1.5)
attempt('bytes * bytes', lambda: b'a' * b'b')
attempt('str * bytes', lambda: 'a' * b'b')
attempt('memoryview + bytes', lambda: memoryview(b'x') + b'a')

class R:
    def __radd__(self, other):
        return 'radd got ' + repr(other)
    def __rmul__(self, other):
        return 'rmul got ' + repr(other)

print(b'q' + R(), b'q' * R())

class N:
    def __index__(self):
        return 2

print(b'ab' * N(), N() * b'cd')
