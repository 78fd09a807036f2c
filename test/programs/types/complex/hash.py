# hash(z) = hash(real) + 1000003 * hash(imag) (wrapping, -1 -> -2), so equal numbers of any
# type hash alike and share dict and set slots.
for z in (0j, 1j, -1j, 1 + 0j, -1 + 0j, 1.5 + 0j, 1.5 + 2.5j, -1.5 - 2.25j, 1e300 + 1e-300j,
          complex(2 ** 61, 3), complex(2.0 ** 70, -1), 123456789 + 987654321j,
          complex(float('inf'), -float('inf')), complex(-float('inf'), 0)):
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1) == hash(1.0) == hash(True))
print(hash(0.5 + 0j) == hash(0.5), hash(-0j) == hash(0))
d = {1: 'int', 1.0: 'float', 1 + 0j: 'complex', True: 'bool'}
print(d)
d[2j] = 'a'
d[complex(0, 2)] = 'b'
print(d, len(d), d[2j], d.get(1))
s = {0, 0.0, 0j, -0j, False, 1j, 1j * 1, complex(0, 1)}
print(len(s), 1j in s, 0 in s)
print(sorted({1 + 1j: 1, 2 + 2j: 2}.values()))
