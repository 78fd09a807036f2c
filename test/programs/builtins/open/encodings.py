# The encoding and errors arguments of text files: latin-1 and ascii next to the UTF-8 default, the
# Unicode errors strict raises (on write and on read), and the error handlers.
import os

NAME = '_tmp_encodings.txt'
TEXT = 'caf\xe9 na\xefve \u20ac5\n'

for enc in ['utf-8', 'latin-1', 'ascii', 'UTF8', 'iso-8859-1']:
    try:
        with open(NAME, 'w', encoding=enc) as f:
            print(enc, f.encoding, f.errors, f.write(TEXT))
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError:', e)
        print('  ', e.encoding, e.start, e.end, e.reason)
    with open(NAME, 'rb') as f:
        print('  bytes:', f.read())

for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    with open(NAME, 'w', encoding='ascii', errors=errors) as f:
        f.write(TEXT)
    with open(NAME, 'rb') as f:
        print(errors, f.read())

with open(NAME, 'wb') as f:
    f.write(b'ok \xff\xfe bad utf-8 \xe2\x82\n')

try:
    with open(NAME, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
for errors in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    with open(NAME, encoding='utf-8', errors=errors) as f:
        text = f.read()
    print(errors, ascii(text))

with open(NAME, encoding='latin-1') as f:
    print(ascii(f.read()))
try:
    with open(NAME, encoding='ascii') as f:
        f.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

# surrogateescape round-trips undecodable bytes
with open(NAME, encoding='utf-8', errors='surrogateescape') as f:
    text = f.read()
with open(NAME, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(text)
with open(NAME, 'rb') as f:
    print(f.read())

# multi-byte characters across the 8192-byte read chunks decode whole
line = ('\u00e9\u20ac\U0001f40d' * 700 + '\n')
with open(NAME, 'w', encoding='utf-8') as f:
    for _ in range(5):
        f.write(line)
with open(NAME, encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), all(l == line for l in lines), os.path.getsize(NAME))
with open(NAME, encoding='utf-8') as f:
    pieces = []
    while True:
        piece = f.read(1000)
        if not piece:
            break
        pieces.append(piece)
print(len(pieces), ''.join(pieces) == line * 5)
os.remove(NAME)
