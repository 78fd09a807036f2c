# str() and int() of big ints round-trip exactly: many sizes, both signs, with surrounding
# whitespace, a '+' sign, underscores, leading zeros and Unicode digits.
seed = 424242


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed


for words in (1, 2, 3, 5, 8, 13, 21, 34, 55):
    x = 0
    for _ in range(words):
        x = (x << 64) | rnd()
    for v in (x, -x):
        s = str(v)
        assert int(s) == v and repr(v) == s
        print(len(s), s[:12], s[-12:])
print(int('  -123456789012345678901234567890\n'), int('+' + '9' * 30))
print(int('1_000_000_000_000_000_000_000'), int('0' * 50 + '123456789012345678901'))
print(int('١٢٣٤٥٦٧٨٩٠' * 3), int('１２３４５６７８９０' * 2))
print(str(10 ** 100)[:1], len(str(10 ** 100)), str(-(10 ** 100)).count('0'))
print(str(2 ** 64 - 1), str(-2 ** 64 + 1), str(10 ** 18), str(10 ** 19), str(10 ** 19 - 1))
n = 1
for i in range(1, 60):
    n = n * 10 + i % 10
    assert int(str(n)) == n
print(n)
for s in ('12_34_', '_1234', '12__34', '1' * 30 + 'L', '0x' + 'f' * 20, '9' * 25 + '.0', '--' + '1' * 25):
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError', e)
