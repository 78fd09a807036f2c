# Unary -, + and abs(): abs is the C library's hypot (C99: inf wins over nan), and an
# overflowing modulus is OverflowError 'absolute value too large'.
inf = float('inf')
nan = float('nan')
for z in (3 + 4j, -3 - 4j, 1j, -0j, 0j, 1 + 1j, 0.1 + 0.2j, 5e-324 + 5e-324j, 1e-320j,
          3e200 + 4e200j, 1e308 + 0j, complex(inf, nan), complex(nan, -inf), complex(nan, 1),
          complex(1e300, 1e-300), 12345.678 - 0.001j, 6 + 8j):
    print(repr(z), repr(-z), repr(+z), repr(abs(z)))
for z in (1e308 + 1e308j, complex(-1.7e308, 1.7e308)):
    try:
        print(abs(z))
    except OverflowError as e:
        print(type(e).__name__, e)
z = 2 + 2j
print(+z is z, -(-z) == z, abs(z) == abs(-z) == abs(z.conjugate()))
print(z.__abs__(), z.__neg__(), z.__pos__())
try:
    print(~z)
except TypeError as e:
    print(type(e).__name__, e)
