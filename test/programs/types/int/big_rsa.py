# A real program: textbook RSA with big primes found by Miller-Rabin from a deterministic seed,
# the private exponent from pow(e, -1, phi), and encrypt/decrypt/sign/verify round trips.
def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47)
    for p in small:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in small[:12]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


p = next_prime(3 ** 160 + 12345)
q = next_prime(7 ** 110 + 67890)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print('p bits', p.bit_length(), 'q bits', q.bit_length(), 'n bits', n.bit_length())
print('p mod 1e9', p % 10 ** 9, 'q mod 1e9', q % 10 ** 9)
print('e*d mod phi', e * d % phi)
message = int.from_bytes([ord(c) for c in 'attack at dawn, bring big ints'], 'big')
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print(message, plain == message)
print(''.join(chr(b) for b in [(plain >> (8 * i)) & 255 for i in range(29, -1, -1)]))
# CRT decryption agrees with the direct one
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(cipher, dp, p), pow(cipher, dq, q)
h = qinv * (m1 - m2) % p
print(m2 + h * q == message)
signature = pow(123456789, d, n)
print(pow(signature, e, n), pow(signature + 1, e, n) == 123456789)
try:
    pow(p, -1, p * 3)
except ValueError as err:
    print('ValueError', err)
