# complex(real, imag) with numbers: real + imag*1j computed part by part, so complex
# arguments contribute to both parts; keywords real= and imag= work too.
print(complex(), complex(0), complex(1), complex(2.5), complex(True), complex(False))
print(complex(1, 2), complex(1.5, -2.5), complex(-0.0, 0), complex(0, -0.0), complex(3, True))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(1, imag=5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j, 2))
print(complex(complex(1, 2)), complex(-1j), complex(float('inf'), float('nan')))
print(complex(10 ** 20), complex(2 ** 53 + 1), complex(-2 ** 63, 2 ** 63))
z = 5 + 6j
print(complex(z) is z, complex(z, 0) is z, type(complex(z, 0)).__name__)
for args in [(2 ** 1100,), (1, 2 ** 1100), (10 ** 400, 1j)]:
    try:
        print(complex(*args))
    except OverflowError as e:
        print(type(e).__name__, e)
print([complex(k, -k) for k in range(-2, 3)])
print(type(complex(1)), complex(1).real, complex(1).imag)
