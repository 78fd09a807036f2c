# Three-argument pow with a complex anywhere: complex's ternary power raises ValueError
# 'complex modulo' once both operands are numbers; float's own refuses any modulus first.
cases = [(1j, 2, 3), (2, 3, 1j), (1 + 1j, 1j, 5), (1j, 2.5, 2), (1j, 'a', 2), ('a', 1j, 2),
         (1.5, 1j, 2), (2, 1j, 3.0), (1j, 2, None), (1j, 2, 'x'), (3, 2, 4)]
for a, b, m in cases:
    try:
        print(pow(a, b, m))
    except (TypeError, ValueError) as e:
        print(repr(a), repr(b), repr(m), type(e).__name__, e)
try:
    print((1j).__pow__(2, 3))
except ValueError as e:
    print(type(e).__name__, e)
print((1j).__pow__(2), (1j).__rpow__(2), (1j).__pow__(2, None))
