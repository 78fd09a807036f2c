# Constant folding of complex expressions: CPython folds 1+2j, -1j, 2*3j, 1/2j and small integral
# powers at compile time, so equal folded constants in one code object are one object; what
# would raise (division by zero, overflow, an int too large for a double) is left to run time.
a = 1 + 2j; b = 1 + 2j
print(a, a is b)
c = -1j; d = -1j
print(c, c is d)
e = 1j ** 2; f = 1j ** 2
print(e, e is f)
g = 1 / 2j; h = 1 / 2j
print(g, g is h)
k = (1 + 1j) * (1 - 1j); m = (1 + 1j) * (1 - 1j)
print(k, k is m)
print(2.5 + 1j, True + 1j, 1j - 1, 1e308j * 10, -(1 + 1j), +(2j), not 0j, not 1j)
print((1 + 1j) ** 10, (1 + 1j) ** -3, (2 + 0j) ** 100, 1j ** 0, 3 * (1 + 1j) ** 2)
def folded():
    return 1j * 1j, 4j / 2, 1 - 1j + 1j
print(folded(), folded()[0] is folded()[0])
def z_pow_neg():
    return 0j ** -1
def div_zero():
    return 1 / 0j
def overflow():
    return (1e200 + 1e200j) ** 3 + (1e300 + 1e300j) ** 2 * 1e300
def big_int():
    return 10 ** 400 + 1j
def big_literal():
    return 100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 * 1j
def overflow_pow():
    return (1e300 + 1e300j) ** 2.5
for f in (z_pow_neg, div_zero, overflow, big_int, big_literal, overflow_pow):
    try:
        print(f.__name__, f())
    except (ZeroDivisionError, OverflowError) as exc:
        print(f.__name__, type(exc).__name__, exc)
