# Subclasses of bytes: construction, methods returning plain bytes, __bytes__, attributes.
class Tagged(bytes):
    def __new__(cls, data, tag):
        obj = super().__new__(cls, data)
        obj.tag = tag
        return obj

    def describe(self):
        return '%s:%s' % (self.tag, self.hex())

t = Tagged(b'\x01\x02', 'pair')
print(t, t.tag, t.describe(), len(t), t[0], t[1:], type(t[1:]).__name__)
print(type(t.upper()).__name__, type(t + b'x').__name__, type(t * 2).__name__, t == b'\x01\x02', hash(t) == hash(b'\x01\x02'))
print(isinstance(t, bytes), issubclass(Tagged, bytes), bytes(t), type(bytes(t)).__name__)

class Loud(bytes):
    def __repr__(self):
        return 'Loud(' + super().__repr__() + ')'

print(repr(Loud(b'hey')), [Loud(b'x')], str(Loud(b'y')))
print(b'-'.join([Loud(b'a'), Tagged(b'b', 0)]), Loud(b'abc').split(b'b'))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __bytes__(self):
        return bytes([self.x, self.y])

p = Point(3, 4)
print(bytes(p), list(bytes(p)), b'%b' % p)
try:
    class Slotted(bytes):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
