# The attributes and reprs of the layers open() stacks: TextIOWrapper -> Buffered* -> FileIO,
# and the queries (readable, writable, seekable, isatty, fileno) through each.
import io
import os

NAME = '_tmp_attributes.txt'

with open(NAME, 'w') as f:
    print(repr(f))
    print(type(f), type(f).__mro__)
    print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines)
    print(repr(f.buffer), type(f.buffer).__mro__)
    print(repr(f.buffer.raw), f.buffer.raw.closefd)
    print(f.buffer.name, f.buffer.mode, f.buffer.raw.mode)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(isinstance(f.fileno(), int), f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase))
    f.mode = 'custom'
    print(repr(f))
print(repr(f))

with open(NAME, 'rb') as f:
    print(repr(f), f.name, f.mode, repr(f.raw))
with open(NAME, 'r+b') as f:
    print(repr(f), f.mode, type(f).__name__)
with open(NAME, 'a', encoding='latin-1', errors='replace', newline='\r\n') as f:
    print(repr(f), f.errors, f.newlines)
with open(NAME, buffering=1) as f:
    print(f.line_buffering)

print(io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO)
print(io.StringIO, io.BytesIO, io.IOBase, io.TextIOBase, io.DEFAULT_BUFFER_SIZE)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, open is io.open)

# subclasses: FileIO's and TextIOWrapper's reprs keep the builtin name, the buffered ones use
# the class's own
class MyFile(io.FileIO):
    pass
class MyReader(io.BufferedReader):
    pass
class MyText(io.TextIOWrapper):
    pass
with open(NAME, 'w') as f:
    f.write('sub\n')
raw = MyFile(NAME)
buffered = MyReader(raw)
text = MyText(buffered)
print(repr(raw), repr(buffered), repr(text), sep='\n')
print(text.read(), type(text).__mro__[1:3])
text.close()
print(raw.closed, repr(raw))
os.remove(NAME)
