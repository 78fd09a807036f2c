# StringIO's errors: wrong argument types, negative positions and sizes, relative seeks, and
# every operation on a closed StringIO.
import io

s = io.StringIO('hello')

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, f'{type(e).__name__}: {e}')
    else:
        print(label, 'ok', repr(r))

attempt('write bytes', lambda: s.write(b'x'))
attempt('write int', lambda: s.write(5))
attempt('seek -1', lambda: s.seek(-1))
attempt('seek cur', lambda: s.seek(1, 1))
attempt('seek end', lambda: s.seek(-1, 2))
attempt('seek whence', lambda: s.seek(0, 3))
attempt('seek float', lambda: s.seek(1.5))
attempt('truncate -1', lambda: s.truncate(-1))
attempt('read str', lambda: s.read('x'))
attempt('read None', lambda: s.read(None))
attempt('readline None', lambda: s.readline(None))
attempt('fileno', lambda: s.fileno())
attempt('detach', lambda: s.detach())
attempt('buffer', lambda: s.buffer)
attempt('init int', lambda: io.StringIO(5))
attempt('init bytes', lambda: io.StringIO(b'x'))
attempt('init extra', lambda: io.StringIO('a', '\n', 3))

s.close()
s.close()
for label, fn in [('read', s.read), ('write', lambda: s.write('x')), ('getvalue', s.getvalue),
                  ('tell', s.tell), ('seek', lambda: s.seek(0)), ('readline', s.readline),
                  ('next', lambda: next(s)), ('iter', lambda: iter(s)), ('truncate', s.truncate),
                  ('readable', s.readable), ('closed', lambda: s.closed)]:
    attempt(label, fn)
s.getvalue()
