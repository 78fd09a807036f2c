# Division by Smith's method (divide through by the larger part of the divisor), and the
# ZeroDivisionError for any zero divisor.
pairs = [
    (1 + 1j, 1e-300 + 1e-300j), (1 + 1j, 1e300 + 1e-300j), (5 + 7j, 0.5 - 0.25j),
    (1, 3j), (1, 3), (-2j, 1j), (1e308 + 1e308j, 1e308 + 1e308j), (7, 7 + 0j),
    (1 + 2j, 2 + 1j), (1 + 2j, 1 + 2j), (0j, 1j), (-0j, -1),
]
for a, b in pairs:
    print(a, '/', b, '=', a / b)
for zero in (0, 0.0, -0.0, 0j, complex(-0.0, -0.0), False):
    try:
        print((1 + 1j) / zero)
    except ZeroDivisionError as e:
        print(repr(zero), type(e).__name__, e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0j / 0j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
nan = float('nan')
print((1 + 1j) / complex(nan, 0), (1 + 1j) / complex(0, nan), complex(nan, nan) / 1j)
