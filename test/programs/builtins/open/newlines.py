# Newline handling of text files: newline=None (the default) reads '\r\n' and '\r' as '\n';
# newline='' keeps them but still splits lines at each; newline='\n', '\r', '\r\n' split only
# there; on writing, newline='\r' and '\r\n' replace '\n'. f.newlines lists what was seen.
import os

NAME = '_tmp_newlines.txt'
RAW = b'one\r\ntwo\rthree\nfour\r\n\r\nfive'

with open(NAME, 'wb') as f:
    f.write(RAW)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with open(NAME, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(NAME, newline=nl) as f:
        print(repr(nl), [f.read(4) for _ in range(8)])

with open(NAME) as f:
    print(f.newlines)
    f.readline()
    print(repr(f.newlines))
    f.readline()
    print(f.newlines)
    f.read()
    print(f.newlines)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(NAME, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open(NAME, 'rb') as f:
        print('write', repr(nl), f.read())

# a '\r\n' split across the 8192-byte read chunks is still one newline
with open(NAME, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y\r' + b'z' * 8190 + b'\r')
with open(NAME) as f:
    lines = f.readlines()
print(len(lines), [len(line) for line in lines], [line[-1:] for line in lines])
with open(NAME, newline='') as f:
    lines = f.readlines()
print(len(lines), [len(line) for line in lines], [line[-2:] for line in lines])

os.remove(NAME)
