# io.StringIO: an initial value, read/readline/readlines and iteration, writes that overwrite
# and extend, seeking past the end (a write there pads with NULs), truncate, getvalue.
import io

s = io.StringIO('first\nsecond\nthird')
print(repr(s.read(3)), s.tell())
print(repr(s.readline()))
print(repr(s.readline(3)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines(8))

s = io.StringIO()
print(s.write('hello'), s.write(' world'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(s.write('J'), repr(s.getvalue()), repr(s.read()))
s.seek(20)
print(s.write('!'), repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(1))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)

s = io.StringIO('h\u00e9llo w\u00f6rld \U0001f40d')
print(s.read(2), s.tell(), s.seek(12), repr(s.read()))

s = io.StringIO(initial_value='kw')
print(s.getvalue(), io.StringIO(None).getvalue() == '')
print(s.line_buffering, s.encoding, s.errors, s.newlines)

with io.StringIO() as buf:
    buf.writelines(['a', 'b', 'c'])
    print(buf.getvalue())
print(buf.closed)

# a realistic use: building a report, then reading it back
report = io.StringIO()
for name, score in [('ann', 91), ('bob', 78), ('cy', 85)]:
    report.write(f'{name:>5}: {score:3d}\n')
report.seek(0)
best = max(report, key=lambda line: int(line.split(':')[1]))
print(repr(best))
