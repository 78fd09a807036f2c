# __int__, __float__ and __index__ conversions: int() and float() call them, both fall back to
# __index__, round() uses __round__, and the error messages for bad results.
class Amount:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print('  __int__')
        return int(self.v)

    def __float__(self):
        print('  __float__')
        return float(self.v)


a = Amount(3.75)
print(int(a), float(a))
print(int(Amount(-2.5)), float(Amount(7)))
print(int(a) + 1, float(a) * 2)


class OnlyIndex:
    def __index__(self):
        return 11


print(int(OnlyIndex()), float(OnlyIndex()))


class Rounded:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        if ndigits is None:
            return 'round() of ' + str(self.v)
        return 'round(' + str(self.v) + ', ' + str(ndigits) + ')'


print(round(Rounded(1.5)), round(Rounded(2.25), 1))


# Conversion methods returning the wrong type, or missing, are TypeErrors.
class BadInt:
    def __int__(self):
        return 'seven'


class BadFloat:
    def __float__(self):
        return 7


class Nothing:
    pass


for label, fn in [('int(BadInt)', lambda: int(BadInt())),
                  ('float(BadFloat)', lambda: float(BadFloat())),
                  ('int(Nothing)', lambda: int(Nothing())),
                  ('float(Nothing)', lambda: float(Nothing())),
                  ('round(Nothing)', lambda: round(Nothing()))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


# A number-like class used in arithmetic through explicit conversion.
class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __float__(self):
        return self.deg * 1.0

    def __int__(self):
        return int(self.deg)


temps = [Celsius(20.5), Celsius(18), Celsius(22.25)]
print(sum([float(t) for t in temps]) / len(temps))
print([int(t) for t in temps], max([float(t) for t in temps]))
print('%d %.2f' % (int(temps[0]), float(temps[2])))

# int() with a string and a base still works as usual, the class is not involved.
print(int('ff', 16), float('1e3'))
