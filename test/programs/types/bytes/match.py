# bytes in match statements: literal patterns compare by ==, bytes/bytearray are not sequence
# patterns (memoryview is), and bytes(x) binds the subject itself.
def classify(v):
    match v:
        case b'GET' | b'HEAD':
            return 'read method'
        case b'':
            return 'empty'
        case bytes(x) if x.startswith(b'X-'):
            return 'header ' + x[2:].decode()
        case bytes() as other:
            return 'bytes of %d' % len(other)
        case bytearray(x):
            return 'bytearray ' + x.hex()
        case [first, *rest]:
            return 'sequence starting %r' % first
        case _:
            return 'something else'

for v in [b'GET', b'HEAD', b'', b'X-Trace', b'POST', bytearray(b'\x01\x02'), memoryview(b'mv'), [1, 2], 'GET', 71]:
    print(classify(v))

def packet(p):
    match p:
        case {'kind': b'ping', 'data': bytes(payload)}:
            return 'ping with %d bytes' % len(payload)
        case (b'ack', int(n)):
            return 'ack %d' % n
    return 'unknown'

print(packet({'kind': b'ping', 'data': b'abc'}), packet((b'ack', 7)), packet((b'nak', 7)))
