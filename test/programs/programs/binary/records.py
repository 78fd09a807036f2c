# A fixed-layout binary record packer/unpacker (little endian), like a tiny struct module.
SIZES = {'B': 1, 'H': 2, 'I': 4, 'Q': 8, 'b': 1, 'h': 2, 'i': 4, 'q': 8}

def calcsize(fmt):
    total = 0
    for code in fmt:
        if code == 's':
            raise ValueError('use a count before s')
        total += SIZES[code] if code in SIZES else 0
    return total

def pack(fmt, *values):
    if len(fmt) != len(values):
        raise TypeError('pack expected %d items, got %d' % (len(fmt), len(values)))
    out = bytearray()
    for code, v in zip(fmt, values):
        if code == 'z':
            raw = v.encode('utf-8')
            out += len(raw).to_bytes(2, 'little') + raw
        else:
            out += v.to_bytes(SIZES[code], 'little', signed=code.islower())
    return bytes(out)

def unpack(fmt, data):
    values = []
    pos = 0
    view = memoryview(data)
    for code in fmt:
        if code == 'z':
            n = int.from_bytes(view[pos:pos + 2], 'little')
            values.append(bytes(view[pos + 2:pos + 2 + n]).decode('utf-8'))
            pos += 2 + n
        else:
            size = SIZES[code]
            if pos + size > len(view):
                raise ValueError('record truncated at byte %d' % pos)
            values.append(int.from_bytes(view[pos:pos + size], 'little', signed=code.islower()))
            pos += size
    view.release()
    return tuple(values), pos

people = [(1, 'Ada', 36, -5), (2, 'Grace', 85, 120), (65535, 'Zoë', 7, -32768)]
table = bytearray()
for rec in people:
    table += pack('HzBh', *rec)
print(len(table), table[:16].hex(' '))
pos = 0
while pos < len(table):
    values, used = unpack('HzBh', table[pos:])
    print(values, used)
    pos += used
print(calcsize('BHIQ'), pack('Bq', 255, -2).hex())
for bad in [lambda: pack('B', 256), lambda: pack('H', 1, 2), lambda: unpack('Q', b'\x01\x02')]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
