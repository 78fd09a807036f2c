# BytesIO.getbuffer(): a writable memoryview of the contents; while it exists the stream cannot
# be resized or closed (BufferError), and writes through the view change the contents.
import io

b = io.BytesIO(b'hello')
view = b.getbuffer()
print(type(view).__name__, len(view), bytes(view))
view[0] = ord('J')
print(b.getvalue())

for label, fn in [('write', lambda: b.write(b'x')), ('truncate', lambda: b.truncate(1)),
                  ('close', b.close)]:
    try:
        fn()
    except BufferError as e:
        print(label, 'BufferError:', e)
print(b.read(), b.closed)
view.release()
print(b.write(b'!'), b.getvalue())
with b.getbuffer() as v:
    print(v.tobytes())
b.close()
print(b.closed)
