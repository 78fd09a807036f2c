# Infinite generators consumed lazily.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(10, primes()))
print(take(15, fib()))
nat = naturals()
print(next(nat), next(nat), next(nat))
print(take(3, nat))
# a big value count: frames do not grow
total = 0
for i, v in zip(range(100000), naturals()):
    total += v
print(total)
