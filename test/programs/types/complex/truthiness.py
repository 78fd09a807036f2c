# bool(z) is False only for 0j (either zero sign); a nan part is true.
for z in (0j, -0j, complex(-0.0, -0.0), 1j, 1e-320j, 1 + 0j, complex(float('nan'), 0)):
    print(repr(z), bool(z), not z, 'yes' if z else 'no')
print([z for z in (0j, 1j, 0j, 2 + 0j) if z])
print(any([0j, 0j]), all([1j, 1 + 1j]), 0j or 5j, 1j and 0j)
n = 0
z = 8j
while z:
    z = z / 2 if abs(z) > 1 else 0j
    n += 1
print(n, z)
