# Integer square and cube roots of big ints by Newton's method, sqrt(2) and the golden ratio to
# 200 digits in fixed point, and perfect-square tests.
def isqrt(n):
    if n < 0:
        raise ValueError('isqrt() argument must be nonnegative')
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


for n in (0, 1, 2, 99, 2 ** 64, 2 ** 64 - 1, 10 ** 40, 10 ** 40 - 1, 3 ** 301):
    r = isqrt(n)
    assert r * r <= n < (r + 1) * (r + 1)
    print(n.bit_length(), r)
print(str(isqrt(2 * 10 ** 400))[:60])
phi = (10 ** 200 + isqrt(5 * 10 ** 400)) // 2
print(str(phi)[:70])
print(icbrt(10 ** 90), icbrt(2 ** 300) == 2 ** 100, icbrt(2 ** 300 - 1) == 2 ** 100 - 1)
squares = []
k = 10 ** 20
while k < 10 ** 20 + 10 ** 6:
    if isqrt(k) ** 2 == k:
        squares.append(k)
    k += 12347
print(squares, isqrt((10 ** 30 + 7) ** 2) == 10 ** 30 + 7)
try:
    isqrt(-(2 ** 100))
except ValueError as e:
    print('ValueError', e)
