# Reflected operators: __radd__ and friends are tried when the left operand does not support the
# operation, a subclass's reflected method is tried first when it overrides it, and
# NotImplemented from the left operand hands over to the right.
log = []


class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return str(self.v) + 'm'

    def __add__(self, o):
        log.append('Meters.__add__')
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        log.append('Meters.__radd__')
        if isinstance(o, int):
            return Meters(o + self.v)
        return NotImplemented

    def __rsub__(self, o):
        return Meters(o - self.v)

    def __rmul__(self, o):
        return Meters(o * self.v)

    def __rtruediv__(self, o):
        return 'rtruediv ' + repr(o) + '/' + repr(self.v)

    def __rfloordiv__(self, o): return Meters(o // self.v)
    def __rmod__(self, o): return Meters(o % self.v)
    def __rpow__(self, o): return Meters(o ** self.v)
    def __rlshift__(self, o): return Meters(o << self.v)
    def __rrshift__(self, o): return Meters(o >> self.v)
    def __rand__(self, o): return Meters(o & self.v)
    def __ror__(self, o): return Meters(o | self.v)
    def __rxor__(self, o): return Meters(o ^ self.v)
    def __rmatmul__(self, o): return 'rmatmul ' + repr(o)
    def __rdivmod__(self, o): return ('rdivmod', divmod(o, self.v))


m = Meters(3)
print(m + 2, log)
log.clear()
print(2 + m, log)
log.clear()
print(m + m, log)
log.clear()
print(10 - m, 4 * m, 1 / m, 20 // m, 20 % m, 2 ** m)
print(1 << m, 64 >> m, 6 & m, 4 | m, 5 ^ m, [1] @ m, divmod(10, m))

# sum() starts from 0, so it needs __radd__.
log.clear()
print(sum([Meters(1), Meters(2), Meters(3)]), log)


# Subclass priority: if the right operand is a subclass that overrides the reflected method,
# it is tried first.
class Base:
    def __init__(self, name):
        self.name = name

    def __add__(self, o):
        return 'Base.__add__(' + self.name + ', ' + o.name + ')'

    def __radd__(self, o):
        return 'Base.__radd__(' + self.name + ', ' + o.name + ')'


class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__(' + self.name + ', ' + o.name + ')'


class DerivedNoOverride(Base):
    pass


b = Base('b')
d = Derived('d')
n = DerivedNoOverride('n')
print(b + d)
print(d + b)
print(b + n)
print(b + b)


# A reflected method returning NotImplemented on both sides gives the TypeError.
class Stubborn:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


try:
    Stubborn() + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'text' + Stubborn()
except TypeError as e:
    print('TypeError:', e)

# Same type on both sides: the reflected method is never tried.
class OnlyRadd:
    def __radd__(self, o):
        return 'radd'


print(5 + OnlyRadd())
try:
    OnlyRadd() + OnlyRadd()
except TypeError as e:
    print('TypeError:', e)
