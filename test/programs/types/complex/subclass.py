# Subclasses of complex: __new__ calling complex.__new__, their own repr, attributes in the
# instance dict, and arithmetic results that are plain complex.
class Point(complex):
    def __new__(cls, x, y=0):
        return super().__new__(cls, x, y)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.real, self.imag)
    def norm(self):
        return abs(self)
class Scaled(complex):
    def __new__(cls, value, factor=2):
        self = super().__new__(cls, value * factor)
        self.factor = factor
        return self
class Plain(complex):
    pass
p = Point(3, 4)
print(p, repr(p), str(p), p.norm(), p.real, p.imag, p.conjugate())
print(type(p).__name__, isinstance(p, complex), type(p + 1).__name__, type(-p).__name__)
print(p + 1, p * 1j, p / 2, p ** 2, abs(p), +p, type(+p).__name__, p == 3 + 4j, hash(p) == hash(3 + 4j))
s = Scaled(1 + 1j, 3)
print(s, s.factor, vars(s), type(s).__mro__[1].__name__)
q = Plain('2-3j')
print(q, type(q).__name__, Plain(), Plain(1, 2), Plain(q) == q, Plain(q) is q)
print(complex(q), type(complex(q)).__name__, q.__complex__(), type(q.__complex__()).__name__)
print(q.__getnewargs__(), format(q, '.1f'), f'{q}', '%s' % q)
q.tag = 'x'
print(q.tag, q.__dict__)
class Mixed(Plain):
    def __add__(self, other):
        return 'Mixed.__add__'
    def __radd__(self, other):
        return 'Mixed.__radd__'
print(Mixed(1) + 1, 1 + Mixed(1), 1j + Mixed(1), Mixed(1) - 1)
print(sorted([Plain(2), Plain(1)], key=lambda z: z.real))
