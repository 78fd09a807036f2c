# Subclasses of bytearray: repr with the class name, attributes, methods, and a reference
# cycle through a view and an iterator in its __dict__ (the collector frees it at the end).

class Buffer(bytearray):
    def __init__(self, data=b'', label='buf'):
        super().__init__(data)
        self.label = label

    def push(self, data):
        self.extend(data)
        return self

b = Buffer(b'abc', label='mine')
b.push(b'def').push([103])
print(b, b.label, len(b), b[0], b[1:3], type(b[1:3]).__name__, type(b.upper()).__name__)
print(repr(Buffer()), b == b'abcdefg', isinstance(b, bytearray))
b += b'h'
print(type(b).__name__, b)
b.view = memoryview(b)
b.it = iter(b)
b.me = b
print(b.view[0], next(b.it))
del b

class Hex(bytearray):
    def __str__(self):
        return self.hex()

print(str(Hex(b'\x01\xff')), repr(Hex(b'\x01')), '%s' % Hex(b'\x02'))
