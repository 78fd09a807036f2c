# Slicing ranges gives ranges, computed on ints of any size: big ranges, slice bounds and steps
# beyond 64 bits, and compact ranges whose slices leave the 64-bit line.
r = range(10 ** 20)
print(r[5:], r[:-5], r[::2], r[::-1], r[10 ** 19:10 ** 19 + 3], r[-3:])
print(r[2 ** 70:], r[-2 ** 70:3], r[::10 ** 19], r[::-10 ** 19], r[5:2:-1])
print(len(r[10 ** 19:10 ** 19 + 10 ** 6]), r[::3][7], r[1::2][-1])

s = range(2 ** 64, -2 ** 64, -3 ** 20)
print(s[1:4], s[::-2], s[len(s) // 2:][:2], s[-1:-4:-1])

small = range(10)
print(small[::2 ** 70], small[::-2 ** 70], small[2 ** 70:], small[-2 ** 70:], small[:-2 ** 70])
print(small[2 ** 64:-2 ** 64:-1], small[-2 ** 64:2 ** 64:3])
print(range(-2 ** 63, 0)[::-1], range(0, 2 ** 63 - 1)[::-1][:2])
print(range(0, 2 ** 63 - 1, 2 ** 62)[::-1], range(-2 ** 63, 2 ** 63 - 1)[1:][:3])
print(range(5, 50, 5)[::2 ** 63 - 1], range(5, 50, 5)[::-2 ** 63])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(r[Idx(2 ** 66):Idx(2 ** 66 + 4):Idx(2)], small[Idx(-3):])
for bad in (slice('a', None), slice(None, 1.5), slice(None, None, 'x'), slice(0, 5, 0)):
    try:
        print(r[bad])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(range(2 ** 64, 2 ** 64 + 20)[3:15:4]), list(range(2 ** 64, 2 ** 64 + 20)[::-7]))
