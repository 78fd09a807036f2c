# Text-mode tell() and seek(): tell is an opaque cookie (a byte offset here, as CPython's for
# UTF-8), seek(cookie) comes back to the same place, seek(0, 2) goes to the end, and the
# relative seeks CPython refuses.
import io
import os

NAME = '_tmp_seek_tell.txt'
with open(NAME, 'w', encoding='utf-8') as f:
    f.write('alpha\nbéta\n∂elta\n🐍 snake\nlast')

with open(NAME, encoding='utf-8') as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks)
    print('end', f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))
    f.seek(marks[2][0])
    print(repr(f.read(3)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(5)))
    print(f.seek(0, 1), repr(f.read(1)))
    for args in [(3, 1), (-1, 2), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__ + ':', e, isinstance(e, io.UnsupportedOperation))

# tell() after writing counts the encoded bytes
with open(NAME, 'w', encoding='utf-8') as f:
    print(f.tell())
    f.write('ab')
    print(f.tell())
    f.write('é')
    print(f.tell())
    f.write('🐍\n')
    print(f.tell())

# iterating disables tell() until the iteration ends or a seek
with open(NAME) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print('OSError:', e)
    print('after the loop', f.tell())
    f.seek(0)
    next(f)
    try:
        f.tell()
    except OSError as e:
        print('OSError:', e)
    f.seek(0)
    print('after a seek', f.tell())

os.remove(NAME)
