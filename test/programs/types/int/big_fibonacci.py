# Fibonacci numbers with big ints: fib(1000) exactly, fast doubling against iteration, and the
# identities gcd(F(m), F(n)) = F(gcd(m, n)) and Cassini's F(n-1)F(n+1) - F(n)^2 = (-1)^n.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    # fast doubling: F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return go(n)[0]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(fib_iter(1000))
print(fib_fast(1000) == fib_iter(1000), fib_fast(5000) == fib_iter(5000))
f = fib_fast(20000)
print(f.bit_length(), f % 10 ** 20, len(str(fib_iter(4000))))
for n in (10, 99, 100, 500, 1001):
    assert fib_iter(n - 1) * fib_iter(n + 1) - fib_iter(n) ** 2 == (-1) ** n
print(gcd(fib_iter(600), fib_iter(450)) == fib_iter(150), gcd(fib_iter(997), fib_iter(991)))
total = 0
a, b = 0, 1
while a < 10 ** 200:
    if a % 2 == 0:
        total += a
    a, b = b, a + b
print(total)
