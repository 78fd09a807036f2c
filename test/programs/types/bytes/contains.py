# `in` on bytes: an int is a byte value, a bytes-like object a substring.
data = b'hello world'
print(104 in data, 122 in data, 0 in b'\x00', True in b'\x01')
print(b'lo w' in data, b'' in data, b'xyz' in data, bytearray(b'wor') in data, memoryview(b'ld') in data)
print(b'a' not in data, 111 not in data)
for item in ['h', 1.5, None, [104], 256, -1]:
    try:
        print(item in data)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 101

print(I() in data)
