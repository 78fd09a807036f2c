# printf-style formatting of bytes (PEP 461).
print(b'%s and %b' % (b'bytes', bytearray(b'bytearray')))
print(b'%s' % memoryview(b'view'), b'%s' % b'', b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'efgh'))
print(b'%d %i %5d %-5d| %05d %+d % d' % (42, -7, 3, 4, -12, 5, 6))
print(b'%x %X %#x %o %#o %08.3f %e %g %G' % (255, 255, 255, 8, 8, 3.14159, 12345.678, 0.0001, 1e20))
print(b'%c%c%c' % (72, b'i', bytearray(b'!')), b'%5c|' % 65)
print(b'%r %a' % ('é', 'é'), b'%r' % b'x', b'%a' % [1, 'ü'])
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 33})
print(b'100%%', b'%s%%' % b'50', b'%%s' % ())
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print(b'%s' % (b'only',), b'no args' % (), b'%s %s' % (b'a', b'b'))

class HasBytes:
    def __bytes__(self):
        return b'custom!'

print(b'<%s>' % HasBytes(), b'<%b>' % HasBytes())
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%s') % b'x').__name__)
print(b'%d' % 3.99, b'%x' % True, b'%s' % b'\xff\x00')
