# Sieve of Eratosthenes: primes below 10000, printed as counts, sums and a few samples.
def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i < limit:
        if is_prime[i]:
            j = i * i
            while j < limit:
                is_prime[j] = False
                j += i
        i += 1
    primes = []
    for n in range(limit):
        if is_prime[n]:
            primes.append(n)
    return primes


def twin_pairs(primes):
    pairs = []
    for k in range(1, len(primes)):
        if primes[k] - primes[k - 1] == 2:
            pairs.append((primes[k - 1], primes[k]))
    return pairs


def largest_gap(primes):
    best = 0
    where = 0
    for k in range(1, len(primes)):
        gap = primes[k] - primes[k - 1]
        if gap > best:
            best = gap
            where = primes[k - 1]
    return best, where


primes = sieve(10000)
print('count:', len(primes))
print('first ten:', primes[:10])
print('last five:', primes[-5:])
total = 0
for p in primes:
    total += p
print('sum:', total)
twins = twin_pairs(primes)
print('twin pairs:', len(twins), 'last:', twins[-1])
gap, start = largest_gap(primes)
print('largest gap:', gap, 'after', start)
by_last_digit = {}
for p in primes:
    d = p % 10
    by_last_digit[d] = by_last_digit.get(d, 0) + 1
keys = []
for d in by_last_digit:
    keys.append(d)
keys.sort()
for d in keys:
    print('ends in', d, ':', by_last_digit[d])
