# Binary files: 'wb' takes bytes-like objects and returns the count, 'rb' gives bytes back;
# read(n), readline, peek, read1, readinto, seek/tell in bytes, and the type errors.
import os

NAME = '_tmp_binary.bin'

with open(NAME, 'wb') as f:
    print(type(f).__name__, f.mode, f.name)
    print(f.write(b'\x00\x01\x02hello\n'))
    print(f.write(bytearray(b'world\n')))
    print(f.write(memoryview(b'\xff\xfe\xfd')))
    print(f.tell())
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError:', e)
    try:
        f.write(42)
    except TypeError as e:
        print('TypeError:', e)

with open(NAME, 'rb') as f:
    print(type(f).__name__, f.mode)
    print(f.read(3))
    print(f.tell())
    print(f.readline())
    print(f.peek(2)[:2])
    print(f.read1(3))
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    print(f.read())
    print(f.read(), f.read(10), f.tell())
    print(f.seek(0), f.read(1))
    print(f.seek(-3, 2), f.read())
    print(f.seek(-4, 1), f.read(2))
    print(f.seek(100), f.read(), f.tell())

with open(NAME, 'rb') as f:
    print(list(f))
with open(NAME, 'rb') as f:
    print(f.readlines())
with open(NAME, 'rb') as f:
    print(f.read(-1) == open(NAME, 'rb').read())

with open(NAME, 'rb') as f:
    for bad in [lambda: f.read(-2), lambda: f.seek(1.5), lambda: f.seek(0, 7),
                lambda: f.readinto(b'immutable'), lambda: f.read('2')]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ':', e)

# bytes of every value survive the round trip
with open(NAME, 'wb') as f:
    f.write(bytes(range(256)) * 40)
with open(NAME, 'rb') as f:
    data = f.read()
print(len(data), data == bytes(range(256)) * 40, data[250:260])

os.remove(NAME)
