# io.TextIOWrapper over any binary stream (here BytesIO): decoding and encoding, newline
# translation, line_buffering and write_through, detach(), and the constructor's checks.
import io

raw = io.BytesIO('caf\u00e9\r\nna\u00efve\n'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.readable(), t.writable(), t.seekable())
print(t.readlines(), t.newlines)
print(t.tell(), t.seek(0), repr(t.read(4)), t.tell())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='latin-1', newline='\r\n')
print(w.write('a\nb\n'), out.getvalue())      # still in the wrapper's buffer
w.flush()
print(out.getvalue())
w.write('\u00e9')
b = w.detach()
print(b is out, out.getvalue())
try:
    w.write('x')
except ValueError as e:
    print('ValueError:', e)
try:
    w.closed
except ValueError as e:
    print('ValueError:', e)
print(repr(w)[:25])

out = io.BytesIO()
w = io.TextIOWrapper(out, line_buffering=True)
w.write('no newline yet')
print(out.getvalue(), w.line_buffering)
w.write(' ... now\n')
print(out.getvalue())

out = io.BytesIO()
w = io.TextIOWrapper(out, write_through=True)
w.write('through')
print(out.getvalue(), w.write_through)

w = io.TextIOWrapper(io.BytesIO(b'x'))
print(w.encoding, w.read())
w.close()
print(w.closed)

for args, kwargs in [((io.BytesIO(),), {'encoding': 'nope'}), ((io.BytesIO(),), {'newline': 'x'}),
                     ((io.BytesIO(),), {'encoding': 5}), ((), {}),
                     ((io.BytesIO(),), {'errors': 3})]:
    try:
        io.TextIOWrapper(*args, **kwargs)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ':', e)

# reading with BufferedReader over a BytesIO
r = io.BufferedReader(io.BytesIO(b'line one\nline two\n'))
print(repr(r), r.readline(), r.peek(4)[:4], r.read())
