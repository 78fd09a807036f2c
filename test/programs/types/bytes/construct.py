# bytes() from nothing, a count, an iterable of ints, a str with an encoding, a buffer, __bytes__.
print(bytes())
print(bytes(0), bytes(5))
print(bytes([72, 105, 33]))
print(bytes((0, 127, 128, 255)))
print(bytes(range(65, 75)))
print(bytes(x * 2 for x in range(40, 45)))
print(bytes({7}))
print(bytes('héllo', 'utf-8'))
print(bytes('héllo', 'latin-1'))
print(bytes('hello', encoding='ascii'))
print(bytes('héllo', 'ascii', 'replace'))
print(bytes(source='abc', encoding='utf-8', errors='strict'))
print(bytes(b'copy'), bytes(bytearray(b'from bytearray')), bytes(memoryview(b'from view')))
print(bytes([True, False]))

class Index:
    def __index__(self):
        return 3

print(bytes(Index()))
print(bytes([Index(), Index()]))

class HasBytes:
    def __bytes__(self):
        return b'custom'

print(bytes(HasBytes()))

class Sub(bytes):
    pass

s = Sub(b'sub')
print(s, type(s).__name__, isinstance(s, bytes), s == b'sub')
print(Sub([1, 2]), Sub(3), Sub('x', 'ascii'))
print(bytes(s), type(bytes(s)).__name__)
