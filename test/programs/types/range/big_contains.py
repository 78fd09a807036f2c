# Membership in big ranges: ints (and bools) are checked arithmetically, anything else is
# compared item by item like any sequence, so equal floats are found in a short range.
big = range(-10 ** 25, 10 ** 25, 7)
for v in (0, 7, 10 ** 25 - 3, 10 ** 25 + 4, -10 ** 25, -10 ** 25 - 7, 10 ** 24 + 1, True, False):
    print(v, v in big, v not in big, big.count(v))

neg = range(2 ** 90, 2 ** 89, -2 ** 70)
print(2 ** 90 in neg, 2 ** 89 in neg, 2 ** 89 + 2 ** 70 in neg, 2 ** 90 - 1 in neg)

short = range(2 ** 64, 2 ** 64 + 6)
print(float(2 ** 64) in short, 2.0 ** 64 + 0.5 in short, short.count(float(2 ** 64)))
print(short.index(float(2 ** 64 + 4)) if float(2 ** 64 + 4) in short else 'float not exact')
print('a' in short, None in short, [2 ** 64] in short)


class Eq:
    """Equal to one int; `in` falls back to == for objects that are not ints."""
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return other == self.v


print(Eq(2 ** 64 + 3) in short, short.index(Eq(2 ** 64 + 5)), short.count(Eq(2 ** 64 + 1)))
try:
    short.index(Eq(5))
except ValueError as e:
    print('ValueError:', e)


class MyInt(int):
    pass


# an int subclass is not an exact int: it is compared item by item, with the same answers
print(MyInt(2 ** 64 + 2) in short, short.index(MyInt(2 ** 64 + 2)), short.count(MyInt(3)))
# compact ranges and big candidates
print(2 ** 64 in range(10), -2 ** 100 in range(-5, 5), 2 ** 63 - 1 in range(2 ** 63 - 2, 2 ** 63 - 1, 1))
print((2 ** 63 - 1) in range(-2 ** 63, 2 ** 63 - 1), -2 ** 63 in range(-2 ** 63, 0, 5))
