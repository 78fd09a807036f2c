# __new__ of subclasses of immutable builtins (int, float, tuple, str) decides the value before
# the object exists: normalising, validating, caching instances, returning an existing object or
# something else entirely (then __init__ is skipped), with __init__ seeing the original arguments.
class Percent(int):
    def __new__(cls, value):
        v = int(value)
        if not 0 <= v <= 100:
            raise ValueError('percent out of range: ' + str(v))
        return super().__new__(cls, v)

    def __repr__(self):
        return str(int(self)) + '%'


print(Percent(42), Percent('7'), Percent(99.9), Percent(50) + 1, type(Percent(50) + 1).__name__)
try:
    Percent(101)
except ValueError as e:
    print('ValueError:', e)


class Celsius(float):
    def __new__(cls, degrees, scale='C'):
        if scale == 'F':
            degrees = (degrees - 32) * 5 / 9
        return super().__new__(cls, round(degrees, 2))

    def __init__(self, degrees, scale='C'):
        self.given = (degrees, scale)


c = Celsius(212, 'F')
print(c, c.given, Celsius(21.456), type(c * 2).__name__, c > 99)


class Interned(str):
    _cache = {}

    def __new__(cls, text):
        key = text.strip().lower()
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls, key)
        return cls._cache[key]


a, b, c2 = Interned('Hello'), Interned(' hello '), Interned('World')
print(a, b, a is b, a is c2, sorted(Interned._cache))


class Pair(tuple):
    def __new__(cls, a, b):
        if a > b:
            a, b = b, a
        return super().__new__(cls, (a, b))

    def __init__(self, a, b):
        self.swapped = a > b

    @property
    def low(self):
        return self[0]


p = Pair(9, 2)
print(p, p.low, p.swapped, len(p), p + (1,), type(p + (1,)).__name__, Pair(1, 2) == (1, 2))


class Maybe(int):
    init_calls = 0

    def __new__(cls, v):
        if v is None:
            return None
        if isinstance(v, str):
            return 'not a number: ' + v
        return super().__new__(cls, v)

    def __init__(self, v):
        Maybe.init_calls += 1


print(Maybe(None), Maybe('x'), Maybe(3), Maybe.init_calls)


class Zero(int):
    def __new__(cls):
        return super().__new__(cls)


print(Zero(), type(Zero()).__name__, int.__new__(Zero, 5), type(int.__new__(Zero, 5)).__name__)
try:
    int.__new__(str, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    tuple.__new__(Pair, 1, 2)
except TypeError as e:
    print('TypeError:', e)
