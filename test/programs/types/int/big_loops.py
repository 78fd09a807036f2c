# The eval loop's int fast paths meeting big values: accumulators that cross 2**63 in += and
# *= loops, while-loop bounds beyond 64 bits, big ints as subscripts and dict keys in loops.
def grow():
    x = 2 ** 62
    acc = 0
    for i in range(10):
        acc += x
        x = x + x // 3
    return acc, x


def countdown():
    n = 2 ** 64 + 5
    steps = 0
    while n > 2 ** 64 - 5:
        n -= 1
        steps += 1
    return n, steps


def powers():
    p = 1
    out = []
    while p < 10 ** 30:
        p *= 7
        if p > 2 ** 63:
            out.append(p % 1000)
    return p, out


def mixed():
    total = 0
    for i in range(-5, 6):
        v = i * 2 ** 62
        total += v
        total ^= i
        total &= 2 ** 70 - 1
    return total


print(grow())
print(countdown())
print(powers())
print(mixed())
table = {}
k = 1
for i in range(80):
    k = k * 3 + 1
    table[k] = i
print(len(table), table[k], min(table) == 4, max(table) == k)
data = list(range(10))
idx = 2 ** 64
print(data[idx % 10], data[-(idx % 7)], [data[(idx + j) % 10] for j in range(3)])
n = 2 ** 63 - 3
for _ in range(6):
    n += 1
    print(n, n < 2 ** 63, n == 2 ** 63)
m = -(2 ** 63) + 2
while m > -(2 ** 63) - 3:
    m -= 1
print(m, m * m, m // 7, -m % 11)
