# str.encode() for utf-8, ascii and latin-1 with CPython's handlers and UnicodeEncodeError.
s = 'naïve café €5 😀'
print(s.encode(), s.encode('utf-8') == s.encode('UTF8'), len(s.encode()))
print('plain'.encode('ascii'), 'caf\xe9'.encode('latin-1'), 'abc'.encode(encoding='latin1'))
for handler in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(handler, s.encode('ascii', handler), s.encode('latin-1', errors=handler))
print((chr(0xdc80) + 'a' + chr(0xdcff)).encode('ascii', 'surrogateescape'))
print((chr(0xdc80) + 'a').encode('utf-8', 'surrogateescape'), (chr(0xd800) + chr(0xdc00)).encode('utf-8', 'surrogatepass'))
print(chr(0xd800).encode('utf-8', 'replace'), chr(0xd800).encode('utf-8', 'backslashreplace'))
print('abc'.encode('ascii', 'no-such-handler'))
for text, enc in [('é', 'ascii'), ('aéé', 'ascii'), ('a€b', 'latin-1'), ('😀x', 'latin-1'), (chr(0xd800), 'utf-8'),
                  ('x' + chr(0xd800) + chr(0xdfff), 'utf-8'), ('ab\x80', 'ascii')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(' ', e.encoding, ascii(e.object), e.start, e.end, e.reason)

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('unknown encoding', lambda: 'a'.encode('nope'))
attempt('unknown handler', lambda: 'é'.encode('ascii', 'nope'))
attempt('surrogateescape fails', lambda: 'é'.encode('ascii', 'surrogateescape'))
attempt('encoding type', lambda: 'a'.encode(1))
attempt('errors type', lambda: 'a'.encode('ascii', None))
attempt('too many', lambda: 'a'.encode('ascii', 'strict', 1))
print(UnicodeEncodeError('codec', 'ab', 1, 2, 'why'))
