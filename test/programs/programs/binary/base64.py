# A base64 encoder and decoder written in Python over bytes, checked against known vectors.
ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
REVERSE = {c: i for i, c in enumerate(ALPHABET)}

def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        quad = bytes(ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0))
        keep = len(chunk) + 1
        out += quad[:keep] + b'=' * (4 - keep)
    return bytes(out)

def b64decode(text):
    text = text.rstrip(b'=')
    out = bytearray()
    for i in range(0, len(text), 4):
        group = text[i:i + 4]
        n = 0
        for c in group:
            if c not in REVERSE:
                raise ValueError('invalid base64 byte %r at %d' % (bytes([c]), i))
            n = (n << 6) | REVERSE[c]
        n <<= 6 * (4 - len(group))
        raw = n.to_bytes(3, 'big')
        out.extend(raw[:len(group) - 1])
    return bytes(out)

vectors = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[250:], 'zoë ☃'.encode()]
for v in vectors:
    enc = b64encode(v)
    dec = b64decode(enc)
    print(v[:12], enc.decode('ascii'), dec == v)
print(b64encode(b'Many hands make light work.'))
try:
    b64decode(b'ab$d')
except ValueError as e:
    print('ValueError:', e)
