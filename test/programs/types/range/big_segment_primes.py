# A realistic use of ranges beyond 64 bits: find the primes in a window just above 10**20 with a
# segmented sieve, and check them with a deterministic Miller-Rabin test.
def small_primes(limit):
    sieve = bytearray([1]) * (limit + 1)
    sieve[0] = sieve[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i in range(limit + 1) if sieve[i]]


def is_probable_prime(n):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


low = 10 ** 20
window = range(low, low + 2000)
marks = bytearray([1]) * len(window)
for p in small_primes(3000):
    first = (-low) % p
    for k in range(first, len(window), p):
        marks[k] = 0
candidates = [window[i] for i in range(len(window)) if marks[i]]
primes = [n for n in candidates if is_probable_prime(n)]
print(len(candidates), 'candidates,', len(primes), 'primes')
print('first', primes[:3])
print('last', primes[-2:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print('largest gap', max(gaps), 'at', window.index(primes[gaps.index(max(gaps))]))
print(all(p in window for p in primes), window.count(primes[0]), primes[0] in window[::2])
odd = window[1::2]
print(odd, len(odd), sum(1 for p in primes if p in odd))
