# z ** n for an integral n with |n| <= 100 multiplies by repeated squaring (exact where the
# products are): (1+1j)**2 == 2j exactly; negative n is the reciprocal of the positive power.
print((1 + 1j) ** 2, (1 + 1j) ** 2 == 2j, (1 + 1j) ** 4, (1 + 1j) ** 8)
print(1j ** 0, 1j ** 1, 1j ** 2, 1j ** 3, 1j ** 4, 1j ** 5, 1j ** 100)
print((1 + 1j) ** -1, (1 + 1j) ** -2, 1j ** -1, 2j ** -3, (3 + 4j) ** -2)
print((1 + 2j) ** 10, (1 + 2j) ** 50, (1 + 2j) ** 100, (1 + 2j) ** -100)
print((0.5 + 0.5j) ** 60, (1.1 + 0j) ** 99, (-1 + 0j) ** 77)
print((1 + 1j) ** 3.0, (1 + 1j) ** -3.0, (1 + 1j) ** True, (1 + 1j) ** False)
print(2 ** (2 + 0j), 2.0 ** (3 + 0j), (-2) ** (3 + 0j), True ** 1j, 0 ** 0j)
print(pow(1j, 2), pow(2 + 0j, -1), pow(1 + 1j, 0))
nan = float('nan')
print(complex(nan, nan) ** 0, complex(nan, 1) ** 1, 0j ** 0, 0j ** 1, 0j ** 2)
for n in (-1, -2, -100):
    try:
        print(0j ** n)
    except ZeroDivisionError as e:
        print(n, type(e).__name__, e)
for base in (1e200 + 1e200j, 1e300 + 0j, 1e160j):
    for n in (2, 3):
        try:
            print(base, n, base ** n)
        except OverflowError as e:
            print(base, n, type(e).__name__, e)
