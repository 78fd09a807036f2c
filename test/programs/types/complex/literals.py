# Imaginary literals in every spelling the tokenizer accepts, and their types and parts.
print(1j, 1J, 0j, 00j, 0777j, 007.5j, 1_000j, 1_0.0_1j)
print(1e3j, 1E3J, 1.5e-3j, 1.5E+3j, .5j, 5.j, 1e0j, 0e0j, 0.0j)
print(1e308j, 1e309j, 1e-320j, 1e-400j)
print(123456789012345678901234567890j, 0.000000000000000000001j)
for z in (1j, 2.5j, 1e3j, 0j):
    print(type(z).__name__, z.real, z.imag, z == complex(0, z.imag))
print(isinstance(1J, complex), 2j.imag, 3J.real)
