# Range equality is by the items (length, then first item, then step), across the 64-bit
# boundary too, and equal ranges hash equal, so they meet as dict keys and set members.
pairs = [
    (range(0, 2 ** 64, 2 ** 64), range(0, 1)),
    (range(2 ** 64, 2 ** 64), range(0)),
    (range(5, 2 ** 70, 2 ** 70), range(5, 6)),
    (range(2 ** 64, 2 ** 65, 2 ** 63), range(2 ** 64, 2 ** 65 - 1, 2 ** 63)),
    (range(2 ** 64, 2 ** 65, 2 ** 63), range(2 ** 64, 2 ** 65 + 1, 2 ** 63)),
    (range(10 ** 20), range(0, 10 ** 20, 1)),
    (range(10 ** 20), range(1, 10 ** 20)),
    (range(-2 ** 63, 0), range(-2 ** 63, 0, 1)),
    (range(3, -2 ** 80, -2 ** 80), range(3, 2, -5)),
    (range(3, -2 ** 80, -2 ** 80), range(4, 2, -5)),
]
for a, b in pairs:
    print(a == b, a != b, hash(a) == hash(b) if a == b else '-', a)

d = {range(0, 2 ** 64, 2 ** 64): 'one item', range(2 ** 64, 2 ** 64): 'empty'}
print(d[range(0, 1)], d[range(7, 7)], d.get(range(1, 2), 'missing'))
s = {range(2 ** 64, 2 ** 65, 2 ** 63), range(2 ** 64, 2 ** 65 - 1, 2 ** 63), range(0), range(2 ** 70, 0)}
print(len(s), sorted(len(x) for x in s))
print(range(2 ** 64) == list(range(3)), range(2 ** 64) == None, range(1) != (0,))
try:
    print(range(2 ** 64) < range(2 ** 65))
except TypeError as e:
    print('TypeError:', e)
print(hash(range(2 ** 64, 2 ** 64 + 2)) == hash((2, 2 ** 64, 1)), hash(range(0, 2 ** 66, 2 ** 66)) == hash((1, 0, None)))
