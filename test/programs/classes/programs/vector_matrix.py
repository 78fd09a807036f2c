# Vector and Matrix classes with operator overloading: +, -, * (scalar, dot and matrix
# products), reflected scalar multiplication, ==, unary minus, abs, indexing, iteration, len,
# repr, and identity/transpose/power helpers. The numbers are ints except for abs().
class Vector:
    def __init__(self, *components):
        self.c = list(components)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __repr__(self):
        return 'Vector(' + ', '.join([repr(x) for x in self.c]) + ')'

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError('dimension mismatch: ' + str(len(self)) + ' vs ' + str(len(other)))
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*[a + b for a, b in zip(self, other)])

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*[a - b for a, b in zip(self, other)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Vector(*[a * other for a in self])
        if self._check(other):
            return sum([a * b for a, b in zip(self, other)])
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return (self * self) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    __hash__ = None


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'

    def __str__(self):
        width = max([len(str(x)) for r in self.rows for x in r])
        return '\n'.join(['[' + ' '.join([str(x).rjust(width) for x in r]) + ']' for r in self.rows])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if isinstance(other, Vector):
            return Vector(*[Vector(*r) * other for r in self.rows])
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError('cannot multiply ' + str(self.n) + 'x' + str(self.m) +
                                 ' by ' + str(other.n) + 'x' + str(other.m))
            cols = other.transpose().rows
            return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result


v = Vector(1, 2, 3)
w = Vector(4, -5, 6)
print(v + w, v - w, v * w, v * 2, 3 * v, -v)
print(abs(Vector(3, 4)), len(v), v[1], list(w), v == Vector(1, 2, 3), v != w)
try:
    v + Vector(1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    v + 1
except TypeError as e:
    print('TypeError:', e)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(b * a)
print(a + b, a * 2 == 2 * a, a[1, 0])
print(a.transpose(), sep='')
print(a * Vector(1, 1), Matrix.identity(3) * Vector(7, 8, 9))
fib = Matrix([[1, 1], [1, 0]])
print('fib(30) =', (fib ** 30)[0, 1], 'fib(60) =', (fib ** 60)[0, 1])
print(fib ** 0 == Matrix.identity(2), repr(fib ** 5))
rect = Matrix([[1, 2, 3], [4, 5, 6]])
print(rect * rect.transpose())
print(rect.transpose() * rect)
try:
    rect * rect
except ValueError as e:
    print('ValueError:', e)
rot = Matrix([[0, -1], [1, 0]])
p = Vector(2, 1)
for i in range(4):
    p = rot * p
    print('rotated', i + 1, p)
