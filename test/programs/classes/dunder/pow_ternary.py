# Three-argument pow(): modular exponentiation of ints (negative exponents give the modular
# inverse, a negative modulus a result of its sign), __pow__(other, mod) on classes (never the
# reflected __rpow__), and CPython's errors for non-integers and a zero modulus.
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-7, 3, 5), pow(7, 3, -5), pow(5, 0, 7), pow(0, 0, 7))
print(pow(2, -1, 5), pow(3, -2, 7), pow(10, 10 ** 6, 9), pow(123456789, 987654321, 1000000007))
print(pow(True, 5, 3), pow(2, 10, True), pow(base=2, exp=5, mod=3), pow(2, 5, None), pow(2, mod=None, exp=3))
print(pow(9223372036854775806, 2, 9223372036854775807), pow(-1, -1, 7))
print((5).__pow__(3, 7), (5).__rpow__(2, 7), (5).__pow__(2, None), (5).__pow__(2.0, 3), (2.0).__pow__(3))

for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), (2, 3.5, 5), (2, 3, 'x'), ('x', 2, 3),
             (2, 'x', 3), (None, None, None)):
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for bad in (lambda: pow(1), lambda: pow(1, 2, 3, 4), lambda: pow(1, 2, base=3), lambda: pow(1, 2, modulo=3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Mod:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Mod(' + str(self.v) + ')'

    def __pow__(self, e, m=None):
        if m is None:
            return Mod(self.v ** e)
        return Mod(pow(self.v, e, m))

    def __rpow__(self, b, m=None):
        return 'rpow ' + repr(b) + ' ' + repr(m)


print(pow(Mod(4), 3), pow(Mod(4), 3, 5), Mod(4) ** 2, 2 ** Mod(3), pow(2, Mod(3)))
try:
    pow(2, Mod(3), 5)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 3, Mod(5))
except TypeError as e:
    print('TypeError:', e)


class OnlyR:
    def __rpow__(self, b, m=None):
        return 'OnlyR.__rpow__'


try:
    pow(OnlyR(), 2, 3)
except AttributeError as e:
    print('AttributeError:', e)
print(2 ** OnlyR())


class TwoArg:
    def __pow__(self, e):
        return 'two-arg'


print(pow(TwoArg(), 2))
try:
    pow(TwoArg(), 2, 3)
except TypeError as e:
    print('TypeError:', e)


class Big(int):
    def __pow__(self, e, m=None):
        return ('Big.__pow__', int(self), e, m)


print(pow(Big(2), 3, 5), pow(2, Big(3), 5), pow(Big(2), 3))
