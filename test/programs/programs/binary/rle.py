# Run-length encoding over bytearray: (count, byte) pairs, runs capped at 255, round trips.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        b = data[i]
        run = 1
        while i + run < len(data) and data[i + run] == b and run < 255:
            run += 1
        out.append(run)
        out.append(b)
        i += run
    return out

def rle_decode(encoded):
    if len(encoded) % 2:
        raise ValueError('odd length: %d' % len(encoded))
    out = bytearray()
    for i in range(0, len(encoded), 2):
        count, value = encoded[i], encoded[i + 1]
        out += bytes([value]) * count
    return out

samples = [b'', b'a', b'aaabccddddd', b'abc', b'\x00' * 300, bytes(range(5)) * 2, 'ééé!!'.encode()]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0.0
    print(len(s), len(enc), enc[:12].hex(), dec == s, round(ratio, 2))

# in-place transformations on the encoded buffer
enc = rle_encode(b'xxxxyyz')
enc[0::2] = bytes(c * 2 for c in enc[0::2])
print(rle_decode(enc))
enc.reverse()
print(enc, enc.count(2), enc.find(b'y'))
del enc[:2]
print(rle_decode(enc[::-1]))
try:
    rle_decode(b'\x01')
except ValueError as e:
    print('ValueError:', e)
