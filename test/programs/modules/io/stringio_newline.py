# StringIO's newline argument: '\n' (the default) translates nothing; None translates '\r\n'
# and '\r' on write; '' keeps them but splits lines at each; '\r' and '\r\n' replace '\n' on
# write. .newlines reports the kinds seen.
import io

TEXT = 'a\r\nb\rc\nd'
for nl in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO(TEXT, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz')
    print('  write', repr(s.getvalue()), s.tell())
    s.seek(0)
    print('  lines', list(s))

s = io.StringIO(newline=None)
print(s.newlines)
s.write('one\n')
print(repr(s.newlines))
s.write('two\r\n')
print(s.newlines)
s.write('three\r')
print(s.newlines)

for bad in [5, 'x', '\n\r']:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
