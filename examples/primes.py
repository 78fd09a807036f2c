# Primes below a bound with a sieve, then a few statistics about them.

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
                j = j + i
        i = i + 1
    primes = []
    for n in range(limit):
        if is_prime[n]:
            primes.append(n)
    return primes


def largest_gap(primes):
    best = (0, 0, 0)
    for k in range(1, len(primes)):
        gap = primes[k] - primes[k - 1]
        if gap > best[0]:
            best = (gap, primes[k - 1], primes[k])
    return best


primes = sieve(10000)
print("primes below 10000:", len(primes))
print("first ten:", primes[:10])
print("last three:", primes[-3:])
gap, low, high = largest_gap(primes)
print("largest gap:", gap, "between", low, "and", high)
print("mean:", sum(primes) / len(primes))
