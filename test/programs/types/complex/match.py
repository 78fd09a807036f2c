# complex values in match statements: literal patterns (folded 1+2j, -1j), value patterns,
# class patterns with keyword sub-patterns, and complex() taking no positional sub-patterns.
def describe(z):
    match z:
        case 0j:
            return 'zero'
        case 1 + 2j:
            return 'one-two'
        case -1j:
            return 'minus i'
        case -1.5 - 0.5j:
            return 'negative literal'
        case complex(real=0.0, imag=im):
            return 'imaginary %r' % im
        case complex(real=re, imag=0.0):
            return 'real %r' % re
        case complex():
            return 'other complex %r' % (z,)
        case int() | float():
            return 'real number %r' % (z,)
        case _:
            return 'not a number'

for value in (0j, 0, 0.0, 1 + 2j, complex(1, 2), -1j, 3j, 2 + 0j, 1.5 - 0.5j, -1.5 - 0.5j,
              7, 2.5, 'x', [1j]):
    print(repr(value), '->', describe(value))
match [1j, 2 + 0j]:
    case [1j, 2]:
        print('sequence of complex matched with an int literal')
try:
    match 1j:
        case complex(x):
            print(x)
except TypeError as e:
    print(type(e).__name__, e)
