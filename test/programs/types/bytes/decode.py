# decode() with utf-8, ascii and latin-1 (and their aliases) and every error handler.
print(b'plain ascii'.decode(), b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe2\x82\xac\xf0\x9f\x98\x80'.decode())
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('Latin1'), b'\xff\x80'.decode('iso-8859-1') == '\xff\x80')
print(b'abc'.decode('ascii'), b'abc'.decode('US-ASCII'), b'abc'.decode('UTF8'), b'abc'.decode(encoding='utf_8'))
bad = b'a\xffb\xe2\x82c\xf0\x9f'
for handler in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    print(handler, ascii(bad.decode('utf-8', handler)), ascii(bad.decode('ascii', errors=handler)))
for b in [b'\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80', b'\xf0\x28\x8c\x28', b'a\xc3', b'\xf0\x9f\x98',
          b'\xf4\x90\x80\x80', b'\xc0\xaf', b'\xe0\x80\x80', b'\xf8\x88\x80\x80\x80', b'\xf0\x9f\x28\x80']:
    print(b, ascii(b.decode('utf-8', 'replace')), ascii(b.decode('utf-8', 'backslashreplace')))
print(b'abc'.decode('utf-8', 'no-such-handler'))
print(bytearray(b'caf\xc3\xa9').decode(), str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'hi'), encoding='ascii'))
print(str(memoryview(b'mv'), 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'abc', errors='strict'))
print(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == chr(0xd800))
print(b''.decode(), repr(b''.decode('ascii')))
