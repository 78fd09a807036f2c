# + and - on ints of any size: carries and borrows across every digit, mixed signs, results that
# leave and re-enter the 64-bit range, and identities on deterministic pseudo-random values.
seed = 2024


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed


def rbig(words):
    x = 0
    for _ in range(words):
        x = (x << 64) | rnd()
    return -x if rnd() & 1 else x


print(2 ** 64 - 1 + 1, 2 ** 64 - 1 - (2 ** 64 - 1))
print(2 ** 128 - 1 + 1, 2 ** 128 - 2 ** 128)
print(2 ** 200 - 1, 2 ** 200 - 2 ** 100, 2 ** 100 - 2 ** 200)
print(-2 ** 100 + 2 ** 100, -2 ** 100 - 2 ** 100, 2 ** 100 + -2 ** 99)
print(9223372036854775807 + 9223372036854775807, -9223372036854775807 - 9223372036854775807)
print(2 ** 64 - 2 ** 63, 2 ** 64 - 2 ** 63 - 1, 2 ** 64 - 2 ** 63 + 1)
print(-2 ** 64 + 2 ** 63, -2 ** 64 + 2 ** 63 + 1, -2 ** 64 + 2 ** 63 - 1)
print(10 ** 30 + 1 - 10 ** 30, (10 ** 30 + 7) - (10 ** 30 - 7))
total = 0
for i in range(40):
    total += 2 ** (i * 5) - i
print(total)
for i in range(12):
    a, b, c = rbig(1 + i % 4), rbig(2 + i % 3), rbig(i % 5 + 1)
    assert (a + b) - b == a
    assert a - b == -(b - a)
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a
    print(i, a + b, a - c, abs(a) + abs(b) >= abs(a + b))
acc = 0
for i in range(100):
    acc = acc + rbig(3) - rbig(2)
print(acc)
n = 2 ** 63 - 10
for i in range(20):
    n += 1
print(n, type(n).__name__)
m = -2 ** 63 + 10
for i in range(20):
    m -= 1
print(m)
