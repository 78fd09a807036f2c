# + - * / between complex numbers: CPython's formulas, component by component.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, b - a, a * b, b * a, a / b, b / a)
print(a * a, a * a.conjugate(), (a + b) * (a - b))
print(1j * 1j, 1j * 1j * 1j, 1j * 1j * 1j * 1j)
print((0.1 + 0.2j) + (0.2 + 0.1j), (0.1 + 0.2j) * (0.3 + 0.4j))
print((1e200 + 1e200j) * (1e200 + 1e200j))
print((1e308 + 1j) + (1e308 + 1j), (1e-200 + 1e-200j) * (1e-200 + 1e-200j))
print((2 + 3j) / (4 + 5j), (4 + 5j) / (2 + 3j), (1 + 1j) / 1j, 1j / (1 + 1j))
print((1e300 + 1e300j) / (1e-300 + 1e-300j), (1e-300 + 0j) / (1e300 + 1e300j))
print((3 + 4j) / (3 + 4j), (3 + 4j) / (-3 - 4j), (-0.0 - 0j) / (1 + 1j))
inf = float('inf')
nan = float('nan')
print(complex(inf, 0) * complex(2, 0), complex(inf, 1) + 1j, complex(nan, 0) * 0j)
print((1 + 1j) / complex(inf, inf), (1 + 1j) / complex(nan, 1), complex(inf, inf) / (1 + 1j))
z = 0j
for k in range(1, 8):
    z = z * (1 + 1j) + k
    print(k, z)
