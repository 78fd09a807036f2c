# A realistic program: roots of quadratics (negative discriminants give complex roots through
# ** 0.5), Durand-Kerner iteration for a cubic, and Horner evaluation at complex points.
def quadratic(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 2, 1), (1, 0, -2)]:
    r1, r2 = quadratic(*coeffs)
    print(coeffs, r1, r2, type(r1).__name__)

def horner(coeffs, x):
    acc = 0j
    for c in coeffs:
        acc = acc * x + c
    return acc

cubic = [1, -6, 11, -6]   # (x-1)(x-2)(x-3)
roots = [(0.4 + 0.9j) ** k for k in range(3)]
for step in range(40):
    new = []
    for i, r in enumerate(roots):
        denom = 1 + 0j
        for j, s in enumerate(roots):
            if i != j:
                denom *= r - s
        new.append(r - horner(cubic, r) / denom)
    roots = new
print(sorted(round(r.real, 9) for r in roots), max(abs(r.imag) for r in roots) < 1e-9)
for x in (1j, 1 + 1j, -2j, 0.5 - 0.5j):
    print(x, horner([1, 0, 1], x), horner(cubic, x))
