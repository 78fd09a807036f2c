# Unbuffered binary files: open(..., buffering=0) and io.FileIO give the raw FileIO, with its
# mode strings, closefd, readall, readinto, and its repr.
import io
import os

NAME = '_tmp_fileio.bin'

with open(NAME, 'wb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, repr(f))
    print(f.write(b'raw bytes\n'), f.write(bytearray(b'more')), f.tell())

f = io.FileIO(NAME)
print(repr(f), f.mode, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.read(3), f.tell())
buf = bytearray(5)
print(f.readinto(buf), buf)
print(f.readall())
print(f.read(), f.seek(0), f.read())
f.close()
print(repr(f), f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)

for mode in ['r', 'rb', 'w', 'wb', 'a', 'r+', 'w+b', 'ab+', 'x']:
    if mode.startswith('x'):
        os.remove(NAME)
    g = io.FileIO(NAME, mode)
    print(mode, g.mode, g.readable(), g.writable())
    g.close()

for args in [(NAME, 'rt'), (NAME, 'rw'), (NAME, ''), (3.5,), (-1,), (NAME, 'r', False)]:
    try:
        io.FileIO(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

with io.FileIO(NAME, 'w') as g:
    g.write(b'0123456789')
    print(g.truncate(4), g.tell(), g.seek(0, 2))
    try:
        g.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        g.seek(-1)
    except OSError as e:
        print(type(e).__name__ + ':', e)
with open(NAME, 'rb') as g:
    print(g.read(), repr(g.raw))
os.remove(NAME)
