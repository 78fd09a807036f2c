# A Fraction type that cooperates with int through the numerator/denominator protocol (ints
# have them too), with arithmetic in both orders, divmod/floor division/modulo, pow with an
# int exponent (negative too) and three-argument pow for integral values, comparisons against
# ints and floats, hashing equal to int for whole values, __index__ for whole values, and
# conversions (int, float, round, bool).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, n, d=1):
        if isinstance(n, Fraction) or isinstance(d, Fraction):
            n, d = n.numerator * d.denominator, n.denominator * d.numerator
        if d == 0:
            raise ZeroDivisionError('Fraction(' + str(n) + ', 0)')
        g = gcd(n, d) * (1 if d > 0 else -1)
        self._n, self._d = n // g, d // g

    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)

    @staticmethod
    def of(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x.numerator, x.denominator)
        return None

    def __repr__(self):
        return str(self._n) if self._d == 1 else str(self._n) + '/' + str(self._d)

    def _op(self, other, f, reflected=False):
        o = Fraction.of(other)
        if o is None:
            if isinstance(other, float):
                a, b = float(self), other
                return f(b, a) if reflected else f(a, b)
            return NotImplemented
        a, b = (o, self) if reflected else (self, o)
        return f(a, b)

    def __add__(self, o): return self._op(o, lambda a, b: a + b if isinstance(a, float) else Fraction(a._n * b._d + b._n * a._d, a._d * b._d))
    def __radd__(self, o): return self._op(o, lambda a, b: a + b if isinstance(a, float) else Fraction(a._n * b._d + b._n * a._d, a._d * b._d), True)
    def __sub__(self, o): return self + -o if Fraction.of(o) is not None else self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return -self + o
    def __mul__(self, o): return self._op(o, lambda a, b: a * b if isinstance(a, float) else Fraction(a._n * b._n, a._d * b._d))
    __rmul__ = __mul__
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b if isinstance(a, float) else Fraction(a._n * b._d, a._d * b._n))
    def __rtruediv__(self, o): return self._op(o, lambda a, b: a / b if isinstance(a, float) else Fraction(a._n * b._d, a._d * b._n), True)

    def __divmod__(self, o):
        return self._op(o, lambda a, b: divmod(a, b) if isinstance(a, float) else
                        (Fraction((a._n * b._d) // (a._d * b._n)), a - b * ((a._n * b._d) // (a._d * b._n))))

    def __rdivmod__(self, o):
        f = Fraction.of(o)
        return NotImplemented if f is None else divmod(f, self)

    def __floordiv__(self, o):
        r = divmod(self, o)
        return r[0]

    def __mod__(self, o):
        return divmod(self, o)[1]

    def __pow__(self, e, mod=None):
        if not isinstance(e, int):
            return NotImplemented
        if mod is not None:
            if self._d != 1:
                raise ValueError('modular pow needs a whole number, not ' + repr(self))
            return Fraction(pow(self._n, e, mod))
        if e >= 0:
            return Fraction(self._n ** e, self._d ** e)
        return Fraction(self._d ** -e, self._n ** -e)

    def __neg__(self): return Fraction(-self._n, self._d)
    def __abs__(self): return Fraction(abs(self._n), self._d)
    def __bool__(self): return self._n != 0
    def __float__(self): return self._n / self._d
    def __int__(self): return int(self._n / self._d)

    def __index__(self):
        if self._d != 1:
            raise TypeError(repr(self) + ' is not a whole number')
        return self._n

    def __round__(self, nd=None):
        return round(float(self), nd) if nd is not None else round(float(self))

    def __eq__(self, o):
        f = Fraction.of(o)
        if f is None:
            return float(self) == o if isinstance(o, float) else NotImplemented
        return (self._n, self._d) == (f._n, f._d)

    def __lt__(self, o):
        f = Fraction.of(o)
        if f is None:
            return float(self) < o if isinstance(o, float) else NotImplemented
        return self._n * f._d < f._n * self._d

    def __le__(self, o):
        return self == o or self < o

    def __gt__(self, o):
        f = Fraction.of(o)
        if f is None:
            return float(self) > o if isinstance(o, float) else NotImplemented
        return f < self

    def __hash__(self):
        return hash(self._n) if self._d == 1 else hash((self._n, self._d))


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 2 - t, 3 * t, 1 / t, h + 0.25, 0.5 * t)
print(divmod(Fraction(7, 2), Fraction(2, 3)), Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(5, Fraction(3, 2)))
print(h ** 2, t ** -2, pow(Fraction(3), 4, 5), Fraction(4, 6), Fraction(3, -9), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(h == Fraction(2, 4), Fraction(2, 1) == 2, 2 == Fraction(2, 1), h == 0.5, h < t, t < h, h <= 0.5, sorted([h, t, Fraction(-1, 5), 0]))
print(hash(Fraction(4)) == hash(4), len({Fraction(4), 4, Fraction(8, 2)}), (3).numerator, (3).denominator)
print(float(t), int(Fraction(-7, 2)), round(Fraction(7, 3), 2), round(Fraction(5, 2)), bool(Fraction(0)), bool(t))
print([10, 20, 30, 40][Fraction(4, 2)], 'ab' * Fraction(3), list(range(Fraction(6, 2))), bin(Fraction(10, 2)))
for f in (lambda: [1, 2][h], lambda: Fraction(1, 0), lambda: pow(h, 2, 5), lambda: h + 'x', lambda: divmod(h, 'x'), lambda: h ** 0.5):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
