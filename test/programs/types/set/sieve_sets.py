# A real program: primes by removing multiples from a set; twin primes and prime gaps.
N = 300
cand = set(range(2, N))
for p in range(2, 18):
    if p in cand:
        cand -= set(range(p * p, N, p))
primes = sorted(cand)
print(len(primes), primes[:10], primes[-5:])
pset = frozenset(primes)
twins = [(p, p + 2) for p in primes if p + 2 in pset]
print(len(twins), twins[:6])
evens = set(range(4, 100, 2))
goldbach = {n for n in evens if any([n - p in pset for p in primes if p < n])}
print(goldbach == evens)
print(sorted(set(range(2, 50)) - pset))
