# Unary special methods: __neg__ (-x), __pos__ (+x), __abs__ (abs), __invert__ (~x), nested
# application, and the TypeError messages when a class lacks them.
class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return 'Vec' + repr(tuple(self.c))

    def __neg__(self):
        return Vec(*[-x for x in self.c])

    def __pos__(self):
        return Vec(*[x for x in self.c])

    def __abs__(self):
        return sum([x * x for x in self.c]) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.c))


v = Vec(3, -4)
print(-v, +v, abs(v), ~v)
print(-(-v), ~~v, -~v, abs(-v))
print(+v is v, type(abs(v)).__name__)


# Methods can return anything.
class Sign:
    def __neg__(self):
        return 'negated'

    def __pos__(self):
        return 'plussed'

    def __invert__(self):
        return 42

    def __abs__(self):
        return None


s = Sign()
print(-s, +s, ~s, abs(s))
print(~s + 1, -s + '!')


# Unary operators on expressions and in precedence with **.
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pow__(self, o):
        return N(self.v ** o)

    def __repr__(self):
        return 'N(' + str(self.v) + ')'


print(-N(2) ** 2, (-N(2)) ** 2)


class Nothing:
    pass


for label, fn in [('-', lambda: -Nothing()), ('+', lambda: +Nothing()),
                  ('~', lambda: ~Nothing()), ('abs', lambda: abs(Nothing()))]:
    try:
        fn()
    except TypeError as e:
        print(label, 'TypeError:', e)

# bool-based not is never a special method: `not` on an instance without __bool__ is False.
print(not Nothing(), not Sign())
