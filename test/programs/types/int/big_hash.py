# hash() of big ints is CPython's: the value modulo 2**61 - 1 with its sign, -1 becoming -2; an
# integral float hashes like the equal int, so dicts and sets treat them as one key.
M = 2 ** 61 - 1
vals = [2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 2 ** 100, 10 ** 30,
        -(2 ** 61), -(2 ** 100), -1, -(2 ** 61 - 1) - 1, 2 ** 122 - 1, 2 ** 122 + 2 ** 61, 3 ** 200]
for v in vals:
    h = hash(v)
    expect = (abs(v) % M) * (1 if v >= 0 else -1)
    if expect == -1:
        expect = -2
    print(h, h == expect)
print(hash(2.0 ** 100) == hash(2 ** 100), hash(-2.0 ** 70) == hash(-2 ** 70), hash(1e300) == hash(int(1e300)))
d = {2 ** 100: 'int', 2.0 ** 100: 'float', 2 ** 100 + 1: 'other'}
print(len(d), d[2 ** 100], d[2 ** 100 + 1])
s = {2 ** 64, 2.0 ** 64, 18446744073709551616, 2 ** 64 + 1, -(2 ** 64)}
print(len(s), sorted(s))
print({2 ** 61 - 1: 'a', 0: 'b'}[2 ** 61 - 1], hash(2 ** 61 - 1) == hash(0))
counts = {}
for i in range(200):
    k = (3 ** i) % (2 ** 80)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), max(counts.values()))


class Big:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


print(hash(Big(2 ** 100)), hash(Big(-(2 ** 63))), hash(Big(-1)), hash(Big(2 ** 63)))
