# int.from_bytes with big and little byte order, signed and unsigned, over lists, tuples,
# ranges and generators of ints (bytes objects do not exist yet), with its argument errors.
data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 255, 128, 0, 42]
print(int.from_bytes(data, 'big'), int.from_bytes(data, 'little'))
print(int.from_bytes(data, 'big', signed=True), int.from_bytes(data, byteorder='little', signed=True))
print(int.from_bytes([255] * 20, 'little', signed=True), int.from_bytes([255] * 20, 'big'))
print(int.from_bytes([0] * 19 + [128], 'little', signed=True), int.from_bytes([128] + [0] * 19, 'big', signed=True))
print(int.from_bytes([], 'big'), int.from_bytes([], 'little', signed=True), int.from_bytes([0x80], 'big', signed=True))
print(int.from_bytes(range(256), 'big') % 10 ** 30, int.from_bytes((x for x in (1, 0, 0)), 'little'))
print(int.from_bytes((255, 255, 255, 255, 255, 255, 255, 127), 'little', signed=True) == 2 ** 63 - 1)
print(int.from_bytes([0, 0, 0, 0, 0, 0, 0, 128], 'little', signed=True) == -2 ** 63)
print(int.from_bytes([1, 0]), int.from_bytes(bytes=[1, 0], byteorder='little'), bool.from_bytes([0, 1]))


class MyInt(int):
    pass


m = MyInt.from_bytes([1] * 12, 'big')
print(m, type(m).__name__, m + 1)
for args, kw in ((([256],), {}), (([-1],), {}), (([2 ** 70],), {}), ((['a'],), {}), (('ab',), {}), ((5,), {}),
                 (([1], 'middle'), {}), (([1], 5), {}), (([1], 'big', True), {}), (([1],), {'foo': 1}), ((), {})):
    try:
        print(int.from_bytes(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
