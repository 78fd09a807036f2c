# Powers with a non-integral, large or complex exponent go through polar form with the C
# library's hypot, pow, atan2, exp, log, cos and sin.
for a, b in [
    (1 + 1j, 0.5), (1 + 1j, 1 + 1j), (2, 1j), (2.0, 1 + 1j), (1j, 1j), (3 + 4j, 0.25),
    (1j, 101), (1 + 1j, 101), (1 + 1j, 101.0), (1 + 1j, -101), (1 + 1j, 100.5),
    (-1 + 0j, 0.5), (1 + 0j, 1e10), (0.6 + 0.8j, 1e10), (1 + 1j, 3.0000000001), (1e-5j, -0.5),
    (0j, 0.5), (0j, 2.5), (0j, 1e10), (5, -1.5j),
]:
    print(a, b, a ** b)
for a, b in [(0j, -0.5), (0j, 1j), (0j, -1 + 1j), (0j, 0.5j), (-1 + 0j, 1.7e308)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1e200 + 1e200j, 2.5), (1 + 1j, 1e308), (2 + 0j, 1e308), (10 + 0j, 400.5)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print(a, b, type(e).__name__, e)
print((1e-200 + 1e-200j) ** 2.5, (0.5 + 0j) ** 2000.5)
try:
    print(1j ** float('inf'))  # the phase is infinite: C's cos() sets EDOM
except ZeroDivisionError as e:
    print(type(e).__name__, e)
