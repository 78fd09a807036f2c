# Operations on a closed file raise ValueError ("I/O operation on closed file."), except
# close() itself, closed, name, mode and the repr; `with` closes even when the block raises.
import os

NAME = '_tmp_closed_ops.txt'
f = open(NAME, 'w')
f.write('data\n')
f.close()
f.close()                       # a second close does nothing
print(f.closed, f.name, f.mode, f.encoding)
print(repr(f))

def attempt(label, fn):
    try:
        fn()
    except ValueError as e:
        print(label, 'ValueError:', e)
    else:
        print(label, 'ok')

attempt('write', lambda: f.write('x'))
attempt('writelines', lambda: f.writelines(['x']))
attempt('flush', lambda: f.flush())
attempt('tell', lambda: f.tell())
attempt('seek', lambda: f.seek(0))
attempt('iter', lambda: iter(f))
attempt('with', lambda: f.__enter__())
attempt('fileno', lambda: f.fileno())

r = open(NAME)
r.close()
attempt('read', lambda: r.read())
attempt('readline', lambda: r.readline())
attempt('readlines', lambda: r.readlines())
attempt('next', lambda: next(r))
attempt('readable', lambda: r.readable())
attempt('truncate', lambda: r.truncate())

b = open(NAME, 'rb')
b.close()
print(repr(b), b.closed)
attempt('b.read', lambda: b.read())
attempt('b.readline', lambda: b.readline())
attempt('b.seek', lambda: b.seek(0))
attempt('b.tell', lambda: b.tell())
attempt('b.peek', lambda: b.peek())
w = open(NAME, 'ab')
w.close()
attempt('w.write', lambda: w.write(b'x'))
attempt('w.flush', lambda: w.flush())

try:
    with open(NAME, 'a') as g:
        g.write('more\n')
        raise RuntimeError('inside the with block')
except RuntimeError as e:
    print('RuntimeError:', e, g.closed)
with open(NAME) as g:
    print(repr(g.read()))
print(g.closed)
os.remove(NAME)
