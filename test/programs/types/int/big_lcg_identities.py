# Arithmetic identities on deterministic pseudo-random big ints (a 64-bit LCG in the program):
# ring laws, division, bitwise/arithmetic duality, shifts and powers, printed as digests.
seed = 0x2545F4914F6CDD1D


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed


def rbig():
    words = rnd() % 9
    x = rnd() % 1000
    for _ in range(words):
        x = (x << 64) | rnd()
    return -x if rnd() % 3 == 0 else x


def digest(x):
    return (x.bit_length(), x % 1000000007)


checks = 0
for i in range(60):
    a, b, c = rbig(), rbig(), rbig()
    assert a * (b + c) == a * b + a * c
    assert (a - b) * (a + b) == a * a - b * b
    assert (a * b) * c == a * (b * c)
    if b:
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
        assert (a * b) // b == a and (a * b) % b == 0
    assert a ^ b ^ a == b and (a & b) + (a | b) == a + b
    assert -a == ~a + 1 and a >> 3 == a // 8 and a << 65 == a * 2 ** 65
    assert pow(a, 3) == a * a * a
    assert int(str(a)) == a and int(hex(a), 16) == a
    checks += 1
    if i % 6 == 0:
        print(i, digest(a), digest(b), digest(a * b + c), digest(a ** 2 - b ** 2))
print('checks passed:', checks)
