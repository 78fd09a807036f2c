# * on big ints: small by big, big by big (schoolbook and Karatsuba sizes, lopsided operands,
# squares), signs, and products checked against independent identities.
seed = 99


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed


def rbig(words):
    x = 1
    for _ in range(words):
        x = (x << 64) | rnd()
    return x


print(2 ** 32 * 2 ** 32, (2 ** 64 - 1) * (2 ** 64 - 1))
print(3037000500 * 3037000500, -3037000500 * 3037000500)
print(2 ** 63 * 2, 2 ** 62 * -2, -(2 ** 62) * 2, 10 ** 20 * 10 ** 20)
print((10 ** 20 + 1) * (10 ** 20 - 1) == 10 ** 40 - 1)
print(123456789 ** 5, -987654321 * 10 ** 25)
print(0 * 2 ** 100, 2 ** 100 * 0, 1 * 2 ** 100, -1 * 2 ** 100)
for words in (1, 3, 10, 40, 60, 100, 250):
    a, b = rbig(words), rbig(words // 2 + 1)
    p = a * b
    q = a * a
    # (a + b)^2 = a^2 + 2ab + b^2, checked with one more product
    assert (a + b) * (a + b) == q + 2 * p + b * b
    assert p // a == b and p % a == 0
    assert (-a) * b == -p and (-a) * (-b) == p
    print(words, p.bit_length(), p % 1000000007, q % 998244353, (a * b * 3) % 10 ** 12)
lop = rbig(300) * rbig(5)
print(lop.bit_length(), lop % 2 ** 61)
f = 1
for i in range(1, 301):
    f *= i
print(f)
prod = 1
for i in range(64):
    prod *= 2 ** 64 - i
print(prod % 10 ** 30, prod.bit_length())
