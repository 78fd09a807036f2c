# Euclid's algorithm and its extended form on big ints, least common multiples of 1..200, and
# the continued fraction of a big rational converging back to it.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


a = 2 ** 200 * 3 ** 50 * 7
b = 2 ** 150 * 3 ** 80 * 11
print(gcd(a, b) == 2 ** 150 * 3 ** 50, gcd(-a, b) == gcd(a, -b), gcd(a, 0) == a)
g, x, y = egcd(a, b)
print(g == gcd(a, b), a * x + b * y == g, x.bit_length(), y.bit_length())
g2, x2, y2 = egcd(3 ** 100 + 1, 2 ** 150 + 1)
print(g2, (3 ** 100 + 1) * x2 % (2 ** 150 + 1) if g2 == 1 else None)
lcm = 1
for k in range(1, 201):
    lcm = lcm * k // gcd(lcm, k)
print(lcm)
print(lcm.bit_length(), all(lcm % k == 0 for k in range(1, 201)))
num, den = 2 ** 200 + 1, 3 ** 120
terms = []
n, d = num, den
while d:
    terms.append(n // d)
    n, d = d, n % d
print(len(terms), terms[:12])
p0, p1, q0, q1 = 1, terms[0], 0, 1
for t in terms[1:]:
    p0, p1 = p1, t * p1 + p0
    q0, q1 = q1, t * q1 + q0
print(p1 * den == q1 * num, gcd(p1, q1))
