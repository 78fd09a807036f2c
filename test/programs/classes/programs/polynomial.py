# A Polynomial class with the whole numeric protocol: + - * with ints and other polynomials in
# both orders (reflected methods), ** by an int and pow(p, n, m) reducing coefficients modulo m,
# divmod()/ // / % by polynomial long division (__divmod__, __rdivmod__), unary -, +, abs,
# ==/!= and hash, __call__ to evaluate, __len__ (degree + 1), __getitem__, iteration, bool and
# repr; NotImplemented for unsupported operands gives CPython's TypeErrors.
class Polynomial:
    def __init__(self, *coeffs):
        cs = list(coeffs)
        while cs and cs[-1] == 0:
            cs.pop()
        self.cs = tuple(cs)

    @classmethod
    def lift(cls, x):
        if isinstance(x, Polynomial):
            return x
        if isinstance(x, int):
            return cls(x)
        return None

    def __repr__(self):
        if not self.cs:
            return '0'
        terms = []
        for i in range(len(self.cs) - 1, -1, -1):
            c = self.cs[i]
            if c == 0:
                continue
            sign = '-' if c < 0 else '+'
            a = abs(c)
            body = ('' if a == 1 and i else str(a)) + ('x' if i else '') + ('^' + str(i) if i > 1 else '')
            terms.append(sign + ' ' + body)
        s = ' '.join(terms)
        return s[2:] if s.startswith('+') else '-' + s[2:]

    def __len__(self):
        return len(self.cs)

    def __getitem__(self, i):
        return self.cs[i] if i < len(self.cs) else 0

    def __iter__(self):
        return iter(self.cs)

    def __bool__(self):
        return bool(self.cs)

    def __eq__(self, other):
        o = Polynomial.lift(other)
        return NotImplemented if o is None else self.cs == o.cs

    def __hash__(self):
        return hash(self.cs)

    def __call__(self, x):
        acc = 0
        for c in reversed(self.cs):
            acc = acc * x + c
        return acc

    def __neg__(self):
        return Polynomial(*[-c for c in self.cs])

    def __pos__(self):
        return self

    def __abs__(self):
        return Polynomial(*[abs(c) for c in self.cs])

    def __add__(self, other):
        o = Polynomial.lift(other)
        if o is None:
            return NotImplemented
        n = max(len(self), len(o))
        return Polynomial(*[self[i] + o[i] for i in range(n)])

    __radd__ = __add__

    def __sub__(self, other):
        o = Polynomial.lift(other)
        return NotImplemented if o is None else self + -o

    def __rsub__(self, other):
        o = Polynomial.lift(other)
        return NotImplemented if o is None else o + -self

    def __mul__(self, other):
        o = Polynomial.lift(other)
        if o is None:
            return NotImplemented
        if not self or not o:
            return Polynomial()
        out = [0] * (len(self) + len(o) - 1)
        for i, a in enumerate(self.cs):
            for j, b in enumerate(o.cs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n, mod=None):
        if not isinstance(n, int) or n < 0:
            return NotImplemented
        result, base = Polynomial(1), self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        if mod is not None:
            result = Polynomial(*[c % mod for c in result.cs])
        return result

    def __divmod__(self, other):
        o = Polynomial.lift(other)
        if o is None:
            return NotImplemented
        if not o:
            raise ZeroDivisionError('polynomial division by zero')
        rem = list(self.cs)
        q = [0] * max(len(rem) - len(o) + 1, 1)
        lead = o.cs[-1]
        while len(rem) >= len(o) and any(rem):
            shift = len(rem) - len(o)
            if rem[-1] % lead:
                raise ValueError('inexact division by ' + repr(o))
            f = rem[-1] // lead
            q[shift] = f
            for i, c in enumerate(o.cs):
                rem[shift + i] -= f * c
            while rem and rem[-1] == 0:
                rem.pop()
        return Polynomial(*q), Polynomial(*rem)

    def __rdivmod__(self, other):
        o = Polynomial.lift(other)
        return NotImplemented if o is None else divmod(o, self)

    def __floordiv__(self, other):
        r = self.__divmod__(other)
        return r if r is NotImplemented else r[0]

    def __mod__(self, other):
        r = self.__divmod__(other)
        return r if r is NotImplemented else r[1]

    def __rfloordiv__(self, other):
        r = self.__rdivmod__(other)
        return r if r is NotImplemented else r[0]


x = Polynomial(0, 1)
p = (x + 1) * (x - 2)
q = x ** 3 - 2 * x + 5
print('p =', p, '| q =', q, '| x =', x)
print(p + q, '|', q - p, '|', 3 - x, '|', 2 * p, '|', -q, '|', abs(-q))
print(p * q)
print((x + 1) ** 5)
print(pow(x + 1, 5, 3), pow(2 * x + 3, 2, 5))
print(divmod(q, x - 1), q // (x - 1), q % (x - 1))
print(divmod(p, x + 1), divmod(6, Polynomial(2)), 7 // Polynomial(7))
print(p(0), p(2), q(-1), [p(i) for i in range(-2, 3)])
print(len(q), q[0], q[3], q[9], list(q), bool(Polynomial()), bool(p))
print(p == x * x - x - 2, p != q, Polynomial(3) == 3, 3 == Polynomial(3), p == 'p')
print(len({p, (x + 1) * (x - 2), q}), hash(Polynomial(4)) == hash((4,)))
checks = [
    ('add str', lambda: p + 'x'),
    ('radd float', lambda: 1.5 + p),
    ('pow neg', lambda: p ** -1),
    ('pow float', lambda: pow(p, 2.0)),
    ('divmod zero', lambda: divmod(p, 0)),
    ('inexact', lambda: divmod(x ** 2, 2 * x + 1)),
    ('divmod str', lambda: divmod('s', p)),
    ('mod list', lambda: p % []),
]
for label, f in checks:
    try:
        print(label, f())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
