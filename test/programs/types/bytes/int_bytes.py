# int.to_bytes and int.from_bytes round trips, byte orders, signedness and errors.
for n in [0, 1, 255, 256, 65535, 1000000, 2**40 + 5]:
    big = n.to_bytes(8, 'big')
    little = n.to_bytes(8, byteorder='little')
    print(n, big, little, int.from_bytes(big, 'big'), int.from_bytes(little, 'little'))
for n in [-1, -128, -129, 127, -32768]:
    b = n.to_bytes(2, 'big', signed=True)
    print(n, b, int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'big'))
print((5).to_bytes(), (5).to_bytes(2), (0).to_bytes(0), int.from_bytes(b''), int.from_bytes([1, 2]))
print(int.from_bytes(bytearray(b'\x00\x10')), int.from_bytes(memoryview(b'\x10\x00'), 'little'), bool.from_bytes(b'\x01'))
print(int.from_bytes(b'\x00' * 12 + b'\x05'), int.from_bytes(b'\xff' * 12 + b'\xfe', signed=True))

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

attempt('too big', lambda: (256).to_bytes(1, 'big'))
attempt('negative unsigned', lambda: (-1).to_bytes(1, 'big'))
attempt('signed too big', lambda: (128).to_bytes(1, 'big', signed=True))
attempt('negative length', lambda: (1).to_bytes(-1, 'big'))
attempt('bad order', lambda: (1).to_bytes(1, 'middle'))
attempt('order type', lambda: (1).to_bytes(2, byteorder=1))
attempt('length type', lambda: (1).to_bytes('a'))
attempt('too many', lambda: (5).to_bytes(1, 'big', 3))
attempt('bad keyword', lambda: (5).to_bytes(2, x=1))
attempt('from str', lambda: int.from_bytes('ab', 'big'))
attempt('from int', lambda: int.from_bytes(1))
attempt('from none', lambda: int.from_bytes())
attempt('from bad order', lambda: int.from_bytes(b'a', 'x'))
attempt('from bad item', lambda: int.from_bytes([256]))
