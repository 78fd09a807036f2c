# Streams written in Python on top of the io ABCs: a RawIOBase subclass that only implements
# readinto() gets read(), readall(), readline() and iteration; a TextIOBase subclass gets
# iteration and readlines() from readline(); close() and `with` come from IOBase.
import io

class Repeat(io.RawIOBase):
    """Yields `data`, `times` times over."""
    def __init__(self, data, times):
        self.data = data * times
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Repeat(b'ab\n', 3)
print(r.read(2), r.readline(), r.readall())
print(list(Repeat(b'xy\n', 2)), Repeat(b'z', 4).read())
print(isinstance(r, io.RawIOBase), isinstance(r, io.IOBase), r.closed)
with Repeat(b'q', 1) as q:
    print(q.read(), q.closed)
print(q.closed)
try:
    q.read()
except ValueError as e:
    print('ValueError:', e)

class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readable(self):
        return True
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''

print(list(Lines(['a\n', 'b\n'])), Lines(['c\n', 'd']).readlines())
t = Lines([])
print(t.encoding, t.errors, t.newlines, t.seekable(), t.writable())
for name in ['read', 'write', 'detach', 'fileno', 'seek', 'truncate']:
    try:
        getattr(t, name)(*(['x'] if name == 'write' else []))
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation:', e)

class Upper(io.TextIOBase):
    """A writable text stream that collects upper-cased text."""
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print('hello', 'there', file=u)
u.writelines(['x', 'y'])
print(u.parts)
u.close()
print(u.closed)
try:
    u.writelines(['late'])
except ValueError as e:
    print('ValueError:', e)

# the buffered layer over a Python raw stream
br = io.BufferedReader(Repeat(b'0123456789', 2), buffer_size=4)
print(br.read(3), br.read(5), br.readline(), br.read())
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.TextIOBase),
      issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.BytesIO, io.TextIOBase))
