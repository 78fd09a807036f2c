# Indexing gives ints, slicing gives bytes; negative indices, steps, __index__ keys, errors.
data = b'abcdefgh'
print(data[0], data[7], data[-1], data[-8])
print(data[2:5], data[:3], data[5:], data[-3:], data[:-3], data[::2], data[1::2], data[::-1], data[6:1:-2])
print(data[100:], data[-100:2], data[3:3], data[5:2], data[::-3])

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(data[I(2)], data[I(1):I(4)], data[True])
for key in [8, -9, 2**40]:
    try:
        print(data[key])
    except IndexError as e:
        print('IndexError', e)
for key in ['x', 1.5, None, (1, 2)]:
    try:
        print(data[key])
    except TypeError as e:
        print('TypeError', e)
try:
    print(data[::0])
except ValueError as e:
    print('ValueError', e)
try:
    data[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del data[0]
except TypeError as e:
    print('TypeError', e)
print(b''[:], b'x'[0], b'\xff'[-1])
