# A hexdump tool: offsets, hex bytes in two groups, and a printable-ASCII column, like `hexdump -C`.
def printable(b):
    return chr(b) if 0x20 <= b < 0x7f else '.'

def hexdump(data, width=16):
    lines = []
    last = None
    repeated = False
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        if chunk == last and len(chunk) == width:
            if not repeated:
                lines.append('*')
                repeated = True
            continue
        repeated = False
        last = chunk
        left = chunk[:8].hex(' ')
        right = chunk[8:].hex(' ')
        hexpart = f'{left:<23}  {right:<23}'
        text = ''.join(printable(b) for b in chunk)
        lines.append(f'{offset:08x}  {hexpart}  |{text}|')
    lines.append(f'{len(data):08x}')
    return '\n'.join(lines)

message = 'Hello, wörld! Binary data follows.\n'.encode('utf-8')
blob = bytearray(message)
blob += bytes(range(0, 40, 3))
blob += b'\x00' * 48
blob += 'tail ✓'.encode()
print(hexdump(bytes(blob)))
print()
print(hexdump(b''))
print(hexdump(b'short'))
view = memoryview(blob)[:20]
print(hexdump(view.tobytes(), width=8))

def undump(text):
    out = bytearray()
    for line in text.splitlines():
        if line == '*' or '|' not in line:
            continue
        fields = line.split('|')[0].split()[1:]
        out += bytes.fromhex(''.join(fields))
    return bytes(out)

print(undump(hexdump(message)) == message)
