# io.BytesIO: an initial value (any bytes-like object), reads, readline and iteration, writes
# that overwrite and extend, seeking (anywhere, relative too), padding, truncate, readinto.
import io

b = io.BytesIO(b'abc\ndef\nghi')
print(b.read(2), b.read1(2), b.tell())
print(b.readline(), b.readline(2), b.readline(), b.readline())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(), b.read())
buf = bytearray(5)
b.seek(1)
print(b.readinto(buf), buf, b.tell())

b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' ')), b.write(memoryview(b'world')), b.tell())
print(b.getvalue())
print(b.seek(-5, 2), b.write(b'W'), b.getvalue())
print(b.seek(3, 1), b.tell())
print(b.seek(-100, 1), b.tell())
print(b.seek(15), b.write(b'!'), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
print(io.BytesIO(bytearray(b'ba')).getvalue(), io.BytesIO(memoryview(b'mv')).getvalue(),
      io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b'kw').read())

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, f'{type(e).__name__}: {e}')
    else:
        print(label, 'ok', repr(r))

attempt('write str', lambda: b.write('x'))
attempt('seek -1', lambda: b.seek(-1))
attempt('seek whence', lambda: b.seek(0, 3))
attempt('truncate -1', lambda: b.truncate(-1))
attempt('init str', lambda: io.BytesIO('x'))
attempt('init int', lambda: io.BytesIO(5))
attempt('fileno', lambda: b.fileno())
b.close()
attempt('read closed', lambda: b.read())
attempt('getvalue closed', lambda: b.getvalue())
attempt('write closed', lambda: b.write(b''))
attempt('closed', lambda: b.closed)

records = io.BytesIO()
for n in [1, 300, 65535, 70000]:
    records.write(n.to_bytes(4, 'little'))
records.seek(0)
out = []
while chunk := records.read(4):
    out.append(int.from_bytes(chunk, 'little'))
print(out, len(records.getvalue()))
