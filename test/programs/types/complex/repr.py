# repr and str of complex: the real part is left out (with the parentheses) only when it is +0.0;
# both parts use float's shortest round-trip digits without float's '.0'.
nan = float('nan')
inf = float('inf')
values = [
    1j, -1j, 0j, 2j, 1.5j, 1e-7j, 1e16j, 1e22j, 123456789012345678j,
    1 + 2j, 1 - 2j, -1 + 2j, -1.5 - 2.25j, 0.1 + 0.2j, 3 + 0j, -3 + 0j,
    complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, 0.0),
    complex(1e20, 1), complex(1e16, 1e-5), complex(1e15, 1e-4), complex(1e-300, 1e300),
    complex(5e-324, -5e-324), complex(1.7976931348623157e308, 0.1),
    complex(nan, inf), complex(inf, nan), complex(-inf, -inf), complex(nan, -nan),
    complex(0.0, nan), complex(-0.0, -inf), complex(1 / 3, 2 / 3),
]
for z in values:
    print(repr(z), str(z), z)
print([1j, -0j, 1 + 1j], (2j,), {3j: 4 - 1j})
print(repr(-(0j)), repr(0j * -1), repr(-1 * 0j))
print(ascii(1 + 2j), '%r' % (3 - 4j,), '%s' % (5j,))
