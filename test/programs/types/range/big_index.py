# Indexing big ranges: items far past 2**63, negative indices counting from a huge length,
# IndexError at both ends, and index()/count() of values anywhere on the number line.
r = range(10 ** 20)
print(r[0], r[5], r[-1], r[-10 ** 20], r[10 ** 19], r[2 ** 64])
for i in (10 ** 20, -10 ** 20 - 1, 2 ** 100, -2 ** 100):
    try:
        print(r[i])
    except IndexError as e:
        print(i, 'IndexError:', e)

s = range(-2 ** 80, 2 ** 80, 3 ** 30)
print(len(s), s[0], s[1], s[-1], s[len(s) // 2])
print(s.index(s[12345]), s.count(s[-7]), s.count(s[-7] + 1))
for v in (s[3] + 1, 2 ** 80, -2 ** 80 - 3 ** 30, 0):
    try:
        print(v, 'at', s.index(v))
    except ValueError as e:
        print('ValueError:', e)

down = range(2 ** 66, -2 ** 66, -2 ** 60)
print(down[0], down[1], down[-1], len(down), down.index(0), down.index(-2 ** 60 * 5))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(r[Idx(2 ** 65)], s[Idx(-1)], down[True], r[False])
# compact ranges take huge indices too
small = range(10)
for i in (2 ** 63, -2 ** 63, 2 ** 64, 10 ** 30, -10 ** 30):
    try:
        print(small[i])
    except IndexError as e:
        print('IndexError:', e)
print(range(-2 ** 63, 2 ** 63 - 1)[2 ** 63], range(-2 ** 63, 2 ** 63 - 1)[-2 ** 63])
print(range(5).index(True), range(5).count(False), range(2 ** 64, 2 ** 64 + 2).index(2 ** 64 + 1))
