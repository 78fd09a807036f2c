# Mixing int, bool and float with complex on either side: the other operand becomes
# complex(x, 0.0) and the full complex formula runs (so inf * parts can give nan, as in 3.11).
z = 2 + 3j
for x in (2, -3, True, False, 0.5, -2.5, 0, 0.0, 10 ** 15):
    print(x, z + x, x + z, z - x, x - z, z * x, x * z)
print(z / 2, 2 / z, z / 0.5, 0.5 / z, z / True, True / (1 + 1j))
print(type(1 + 1j), type(1.0 * 1j), type(True - 1j), type(2 / 1j))
print(2 ** 62 + 1j, 1j - 2 ** 63, 10 ** 300 * 1j, 1j * 10 ** 308)
inf = float('inf')
print(complex(inf, 0) * 2, 2 * complex(inf, 0), complex(inf, 0) + 2, complex(0, inf) * 1.0)
print(complex(inf, 0) / 2, 1 / complex(inf, 0), 1.0 / complex(float('nan'), 0))
import operator
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('**', operator.pow)]
for bad in (2 ** 1100, -(10 ** 400)):
    for name, op in ops:
        try:
            print(op(1j, bad))
        except OverflowError as e:
            print(name, 'left', type(e).__name__, e)
        try:
            print(op(bad, 1j))
        except OverflowError as e:
            print(name, 'right', type(e).__name__, e)
