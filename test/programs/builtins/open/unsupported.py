# Reading a file opened for writing (and the reverse) raises io.UnsupportedOperation, which is
# both an OSError and a ValueError; the binary layer names the operation.
import io
import os

NAME = '_tmp_unsupported.txt'
with open(NAME, 'w') as f:
    f.write('hello\n')

def attempt(label, fn):
    try:
        fn()
    except io.UnsupportedOperation as e:
        print(label, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

r = open(NAME)
attempt('text write', lambda: r.write('x'))
attempt('text writelines', lambda: r.writelines(['x']))
attempt('text truncate', lambda: r.truncate(0))
print(r.readable(), r.writable(), r.seekable())
r.close()

w = open(NAME, 'a')
attempt('text read', lambda: w.read())
attempt('text readline', lambda: w.readline())
attempt('text next', lambda: next(w))
attempt('text readlines', lambda: w.readlines())
print(w.readable(), w.writable())
w.close()

rb = open(NAME, 'rb')
attempt('binary write', lambda: rb.write(b'x'))
attempt('binary truncate', lambda: rb.truncate())
rb.close()
wb = open(NAME, 'ab')
attempt('binary read', lambda: wb.read())
attempt('binary readline', lambda: wb.readline())
attempt('binary read1', lambda: wb.read1())
attempt('binary readinto', lambda: wb.readinto(bytearray(2)))
print(hasattr(wb, 'peek'))
wb.close()

raw = io.FileIO(NAME)
attempt('raw write', lambda: raw.write(b'x'))
attempt('raw truncate', lambda: raw.truncate())
raw.close()

print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__)
try:
    raise io.UnsupportedOperation('custom')
except ValueError as e:
    print('caught as ValueError:', repr(e))
os.remove(NAME)
