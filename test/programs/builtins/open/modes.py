# The open() modes: 'w' truncates, 'a' appends (tell starts at the end), 'x' refuses an existing
# file, 'r+' reads and writes in place, 'w+' and 'a+' read what they wrote after a seek.
import os

NAME = '_tmp_modes.txt'

def show():
    with open(NAME) as f:
        print(repr(f.read()))

with open(NAME, 'w') as f:
    f.write('0123456789\n')
show()

with open(NAME, 'w') as f:          # truncates
    f.write('abc\n')
show()

with open(NAME, 'a') as f:
    print('append starts at', f.tell())
    f.write('def\n')
    print('after write', f.tell())
show()

with open(NAME, 'a+') as f:
    f.write('ghi\n')
    f.seek(0)
    print('a+ reads', repr(f.read()))
    f.write('jkl\n')                # appends even after the seek
show()

with open(NAME, 'r+') as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write('ABC')                  # overwrites in place
    f.seek(0)
    print(repr(f.readline()))
show()

with open(NAME, 'w+') as f:
    print(repr(f.read()))           # truncated: nothing to read
    f.write('fresh\ncontent\n')
    f.seek(0)
    print(f.readlines())

try:
    open(NAME, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

os.remove(NAME)
with open(NAME, 'x') as f:
    print(f.mode, f.writable(), f.readable())
    f.write('created\n')
show()

with open(NAME, 'x+' if False else 'r+') as f:
    print(f.mode, f.readable(), f.writable(), f.seekable())

for mode in ['r', 'w', 'a', 'r+', 'w+', 'a+', 'rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b', 'rt', 'wt']:
    with open(NAME, mode) as f:
        raw = f if 'b' in mode else f.buffer
        raw = getattr(raw, 'raw', raw)
        print(mode, f.mode, raw.mode, f.readable(), f.writable(), type(f).__name__)
    if mode[0] == 'w':
        with open(NAME, 'w') as f:
            f.write('x')

os.remove(NAME)
print(os.path.exists(NAME))
