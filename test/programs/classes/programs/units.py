# Quantities with units: dimension vectors multiply and divide, + and - need equal dimensions,
# plain numbers on either side use the reflected methods (__radd__, __rmul__, __rtruediv__,
# __rsub__, __rpow__ refusing), ** takes an int exponent, comparisons and sorting work within one
# dimension, conversions through named units, and mismatches raise with helpful messages.
class DimensionError(TypeError):
    pass


BASE = ('m', 'kg', 's')


class Q:
    def __init__(self, value, dims=(0, 0, 0)):
        self.value = value
        self.dims = tuple(dims)

    def __repr__(self):
        parts = []
        for name, p in zip(BASE, self.dims):
            if p == 1:
                parts.append(name)
            elif p:
                parts.append(name + '^' + str(p))
        v = round(self.value, 6)
        return str(v) + (' ' + '*'.join(parts) if parts else '')

    @staticmethod
    def of(x):
        if isinstance(x, Q):
            return x
        if isinstance(x, (int, float)) and not isinstance(x, bool):
            return Q(x)
        return None

    def _same(self, other, op):
        o = Q.of(other)
        if o is None:
            return None
        if o.dims != self.dims:
            raise DimensionError('cannot ' + op + ' ' + repr(self) + ' and ' + repr(o))
        return o

    def __add__(self, other):
        o = self._same(other, 'add')
        return NotImplemented if o is None else Q(self.value + o.value, self.dims)

    def __radd__(self, other):
        o = self._same(other, 'add')
        return NotImplemented if o is None else Q(o.value + self.value, self.dims)

    def __sub__(self, other):
        o = self._same(other, 'subtract')
        return NotImplemented if o is None else Q(self.value - o.value, self.dims)

    def __rsub__(self, other):
        o = self._same(other, 'subtract')
        return NotImplemented if o is None else Q(o.value - self.value, self.dims)

    def __mul__(self, other):
        o = Q.of(other)
        if o is None:
            return NotImplemented
        return Q(self.value * o.value, [a + b for a, b in zip(self.dims, o.dims)])

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Q.of(other)
        if o is None:
            return NotImplemented
        return Q(self.value / o.value, [a - b for a, b in zip(self.dims, o.dims)])

    def __rtruediv__(self, other):
        o = Q.of(other)
        return NotImplemented if o is None else o / self

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return Q(self.value ** n, [a * n for a in self.dims])

    def __rpow__(self, base):
        raise DimensionError('a quantity cannot be an exponent: ' + repr(self))

    def __neg__(self):
        return Q(-self.value, self.dims)

    def __abs__(self):
        return Q(abs(self.value), self.dims)

    def __eq__(self, other):
        o = Q.of(other)
        return NotImplemented if o is None else (self.dims, self.value) == (o.dims, o.value)

    def __lt__(self, other):
        o = self._same(other, 'compare')
        return NotImplemented if o is None else self.value < o.value

    def __hash__(self):
        return hash((self.value, self.dims))

    def to(self, unit):
        u = UNITS[unit]
        if u.dims != self.dims:
            raise DimensionError(repr(self) + ' is not in ' + unit)
        return self.value / u.value


m = Q(1, (1, 0, 0))
kg = Q(1, (0, 1, 0))
s = Q(1, (0, 0, 1))
UNITS = {'m': m, 'km': 1000 * m, 'h': 3600 * s, 'min': 60 * s, 'km/h': 1000 * m / (3600 * s), 'N': kg * m / s ** 2}

distance = 42 * UNITS['km']
time = 2 * UNITS['h'] + 15 * UNITS['min']
speed = distance / time
print(distance, time, speed, round(speed.to('km/h'), 3))
force = 3 * kg * 9.81 * m / s ** 2
print(force, force.to('N'), force == 29.43 * UNITS['N'], 2 / s, 10 - 4 * m / m, (m * 3) ** 2)
print(-speed, abs(-speed), 5 + Q(1), Q(2) - 0.5, 1.5 * m + m, sorted([3 * m, m, 2 * m]))
print(len({m, 1 * m, Q(1, (1, 0, 0)), s}), m == 1, Q(1) == 1, 1 == Q(1), m != s)
tests = [
    ('m + s', lambda: m + s),
    ('1 - m', lambda: 1 - m),
    ('m < s', lambda: m < s),
    ('2 ** m', lambda: 2 ** m),
    ('m ** 0.5', lambda: m ** 0.5),
    ("'x' * m", lambda: 'x' * m),
    ('m + None', lambda: m + None),
    ('True * m', lambda: True * m),
    ('speed in N', lambda: speed.to('N')),
    ('m < 3', lambda: m < 3),
]
for label, f in tests:
    try:
        print(label, '=', f())
    except DimensionError as e:
        print(label, '-> DimensionError:', e)
    except TypeError as e:
        print(label, '-> TypeError:', e)
