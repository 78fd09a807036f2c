# & | ^ ~ on big ints with CPython's infinite two's complement for negatives, checked against
# arithmetic identities, plus masks, bool operands and mixed compact/big operands.
seed = 31337


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed


def rbig(words):
    x = 0
    for _ in range(words):
        x = (x << 64) | rnd()
    return -x if rnd() & 1 else x


print(-2 ** 70 | 5, -2 ** 70 & 5, -2 ** 70 ^ 5, -2 ** 70 ^ -3)
print(~2 ** 70 & 2 ** 65 - 1, ~(2 ** 70), ~-(2 ** 70), ~(2 ** 63 - 1), ~(-2 ** 63))
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) | 1, (2 ** 100 + 1) ^ (2 ** 100))
print(-1 & 2 ** 100, -1 | 2 ** 100, -1 ^ 2 ** 100, -(2 ** 64) & (2 ** 64 - 1))
print(-(2 ** 64) & -(2 ** 64), -(2 ** 64) | -(2 ** 63), -(2 ** 64) ^ -(2 ** 65))
print(True & 2 ** 70 + 1, 2 ** 70 | True, False ^ 2 ** 70)
mask = (1 << 128) - 1
for i in range(14):
    a, b = rbig(1 + i % 3), rbig(1 + (i * 7) % 4)
    assert a ^ b == (a | b) - (a & b)
    assert a & b == ~(~a | ~b)
    assert a | b == ~(~a & ~b)
    assert ~a == -a - 1
    assert (a ^ b) ^ b == a
    assert a & mask == a % (1 << 128)
    print(i, a & b, a | b, (a ^ b) & mask)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count('1'), x & -x, (x ^ (x >> 1)) & 0xFFFFFFFF)
