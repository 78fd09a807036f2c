# The numeric tower attributes of int, bool and float: real, imag, numerator, denominator and
# conjugate(); they are exact int/float results even for subclasses, read-only, and found on
# the type (hasattr, getattr, dir).
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate())
print((-3).real, (-3).numerator, (0).denominator, type((5).imag).__name__)
print(True.real, True.imag, False.numerator, True.denominator, type(True.real).__name__)
print((2.5).real, (2.5).imag, (-0.0).real, (2.5).conjugate(), type((1.0).imag).__name__)
print((1e300).real, float('inf').real, float('inf').imag)
print(hasattr(3, 'numerator'), hasattr(3.0, 'numerator'), hasattr(3.0, 'real'))


class Cents(int):
    def __repr__(self):
        return 'Cents(' + str(int(self)) + ')'


class Ratio(float):
    pass


c = Cents(250)
r = Ratio(0.25)
print(repr(c), repr(c.real), type(c.real).__name__, type(c.numerator).__name__, c.denominator)
print(r.real, type(r.real).__name__, r.imag, type(r.conjugate()).__name__)
five = 5
print(c.real == c, c.real is c, five.real is five)


# The attributes are read-only data descriptors on the type.
for obj, name in ((5, 'real'), (5, 'imag'), (True, 'numerator'), (2.0, 'real'), (c, 'denominator')):
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    (2.0).numerator
except AttributeError as e:
    print('AttributeError:', e)
try:
    (1).conjugate(2)
except TypeError as e:
    print('TypeError:', e)


# Duck typing over the attributes: a function that accepts ints and a hand-written fraction.
class Frac:
    def __init__(self, n, d):
        self.numerator = n
        self.denominator = d


def as_pair(x):
    return (x.numerator, x.denominator)


print([as_pair(x) for x in (3, True, Frac(1, 3), Cents(9))])
print(sum(x.real for x in (1, 2.5, True)), [getattr(x, 'imag') for x in (1, 2.5)])
print([n for n in dir(5) if n in ('real', 'imag', 'numerator', 'denominator', 'conjugate')])
print([n for n in dir(5.0) if n in ('real', 'imag', 'numerator', 'denominator', 'conjugate')])
