# A Matrix class with the full operator protocol: + - * / // % with scalars on either side and
# element-wise with matrices, @ (and @=, __rmatmul__ for a row given as a list), in-place
# operators that mutate, ** by an int and pow(M, n, m) (Fibonacci numbers modulo m by matrix
# power), divmod element-wise, unary - + abs round, ==, unhashable (mutable), M[i, j] and M[i]
# with tuple keys and slices, assignment, in, iteration, len, bool, and shape errors.
class ShapeError(ValueError):
    pass


class Matrix:
    __hash__ = None

    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ShapeError('ragged rows')

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'

    def _map(self, f):
        return Matrix([[f(x) for x in r] for r in self.rows])

    def _zip(self, other, f, name):
        if isinstance(other, Matrix):
            if other.shape != self.shape:
                raise ShapeError(name + ': ' + str(self.shape) + ' vs ' + str(other.shape))
            return Matrix([[f(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return self._map(lambda x: f(x, other))
        return NotImplemented

    def __add__(self, o): return self._zip(o, lambda a, b: a + b, '+')
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a, '+')
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b, '-')
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a, '-')
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b, '*')
    def __rmul__(self, o): return self._zip(o, lambda a, b: b * a, '*')
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b, '/')
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b, '//')
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b, '%')
    def __rmod__(self, o): return self._zip(o, lambda a, b: b % a, '%')

    def __divmod__(self, o):
        q, r = self // o, self % o
        return q, r

    def __matmul__(self, o):
        if isinstance(o, list):
            o = Matrix([[x] for x in o])
        if not isinstance(o, Matrix):
            return NotImplemented
        (n, k), (k2, m) = self.shape, o.shape
        if k != k2:
            raise ShapeError('@: ' + str(self.shape) + ' @ ' + str(o.shape))
        return Matrix([[sum(self.rows[i][t] * o.rows[t][j] for t in range(k)) for j in range(m)] for i in range(n)])

    def __rmatmul__(self, o):
        if isinstance(o, list):
            return Matrix([o]) @ self
        return NotImplemented

    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self

    def __iadd__(self, o):
        r = self + o
        if r is NotImplemented:
            return r
        self.rows = r.rows
        return self

    def __imul__(self, o):
        if not isinstance(o, (int, float)):
            return NotImplemented
        for r in self.rows:
            for j in range(len(r)):
                r[j] *= o
        return self

    def __pow__(self, n, mod=None):
        if not isinstance(n, int) or n < 0:
            return NotImplemented
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
                if mod is not None:
                    result %= mod
            base = base @ base
            if mod is not None:
                base = base % mod
            n >>= 1
        return result

    def __neg__(self): return self._map(lambda x: -x)
    def __pos__(self): return self._map(lambda x: x)
    def __abs__(self): return self._map(abs)
    def __round__(self, nd=None): return self._map(lambda x: round(x, nd))

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __contains__(self, x):
        return any(x in r for r in self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __bool__(self):
        return any(any(r) for r in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - 1, 10 - A, 2 * A, A * B, A / 2, A // 2, A % 3, 7 % A, sep='\n')
print(A @ B, B @ A, A @ [1, 1], [1, 1] @ A, divmod(A, 3), sep='\n')
print(A ** 0, A ** 3, pow(A, 5, 7), -A, +A is A, abs(-A) == A, round(A / 3, 2), sep='\n')
F = Matrix([[1, 1], [1, 0]])
print([pow(F, n, 1000)[0, 1] for n in (10, 20, 30, 90)], (F ** 30)[0, 1])
print(A[0, 1], A[1], A[:, 1], A[1:, :], A[0, :], 4 in A, 9 in A, len(A), list(A), bool(A), bool(A - A))
C = Matrix([[1, 0], [0, 1]])
same = C
C += 1
C *= 3
C @= B
C[0, 0] = 99
print(C, same is C, A == Matrix([[1, 2], [3, 4]]), A != B, A == [[1, 2], [3, 4]])
checks = [
    ('hash', lambda: hash(A)),
    ('shape +', lambda: A + Matrix([[1, 2, 3]])),
    ('shape @', lambda: A @ Matrix([[1, 2, 3]])),
    ('ragged', lambda: Matrix([[1], [2, 3]])),
    ('str +', lambda: A + 'x'),
    ('@ int', lambda: A @ 2),
    ('pow neg', lambda: A ** -1),
    ('rtruediv', lambda: 1 / A),
    ('imul str', lambda: A.__imul__('s')),
]
for label, f in checks:
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
