# Only == and != are defined; an int is compared exactly with the real part (through float),
# a float needs a zero imaginary part. Ordering raises TypeError.
print(1j == 1j, 1j != 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j)
print(1 + 1j == 1, 0j == 0, 0j == False, 1 + 0j == True, -0j == 0.0, complex(0, -0.0) == 0)
print(2 ** 53 + 0j == 2 ** 53, 2 ** 53 + 1 + 0j == 2 ** 53 + 1, 2 ** 80 + 0j == 2 ** 80)
print(complex(2 ** 80, 0) == 2 ** 80 + 1, 10 ** 400 == 1j, 1j == 10 ** 400)
nan = float('nan')
z = complex(nan, 0)
print(z == z, z != z, z in [z], complex(1, nan) == complex(1, nan), complex(nan, 0) == 0)
print(1j == 'a', 1j != None, 1j == [1j], (1j, 2) == (1j, 2), [1j] != [2j])
import operator
for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j), (1j, 'x')]:
    for op in (operator.lt, operator.le, operator.gt, operator.ge):
        try:
            print(op(a, b))
        except TypeError as e:
            print(type(e).__name__, e)
try:
    sorted([3j, 1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3j, 1j, 2j], key=abs), max([1 + 1j, 3j, -2], key=abs))
print((1j).__eq__(1), (1j).__eq__('x'), (1j).__lt__(2j), (1j).__ne__(1j))
