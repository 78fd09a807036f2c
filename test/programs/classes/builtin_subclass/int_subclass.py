# Subclasses of int: construction through int's __new__, extra attributes, arithmetic returning
# plain ints unless overridden, overriding __repr__/__add__ and calling int's version via super(),
# isinstance checks, and use as list indexes and dict keys.
class Meters(int):
    def __repr__(self):
        return 'Meters(' + super().__repr__() + ')'

    def __add__(self, other):
        return Meters(super().__add__(other))

    def describe(self):
        return str(int(self)) + ' m'


m = Meters(5)
print(m, repr(m), m.describe(), str(m))
print(m + 3, type(m + 3).__name__)
print(m * 2, type(m * 2).__name__, m - 1, type(m - 1).__name__)
print(3 + m, type(3 + m).__name__)
print(isinstance(m, int), isinstance(m, Meters), type(m) is int, m == 5, hash(m) == hash(5))
print(['a', 'b', 'c', 'd', 'e', 'f'][m], {5: 'five'}[m], m < 10, -m, abs(Meters(-2)))
print(Meters('42'), Meters('ff', 16), Meters(3.9), Meters())


class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj

    def __or__(self, other):
        return Flag(int(self) | int(other), self.name + '|' + other.name)

    def __str__(self):
        return self.name + '=' + str(int(self))


READ = Flag(4, 'READ')
WRITE = Flag(2, 'WRITE')
EXEC = Flag(1, 'EXEC')
rw = READ | WRITE
print(rw, int(rw), rw.name, str(READ | WRITE | EXEC))
print(rw & 4, bool(rw & EXEC), sorted([READ, EXEC, WRITE]))
print(format(rw, '03b'), f'{READ:>5}', '%d' % rw)


# bool cannot be subclassed; int subclasses of int subclasses work.
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print('TypeError:', e)


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(str(v) + ' is odd')
        return super().__new__(cls, v)


class SmallEven(Even):
    def __new__(cls, v):
        if v > 10:
            raise ValueError(str(v) + ' is too big')
        return super().__new__(cls, v)


print(SmallEven(8), type(SmallEven(8)).__name__, [c.__name__ for c in SmallEven.__mro__])
for v in [3, 12]:
    try:
        SmallEven(v)
    except ValueError as e:
        print('ValueError:', e)

# Instances of int subclasses have a __dict__; int instances do not.
e = Even(4)
e.note = 'hi'
print(e.note, e.__dict__, hasattr(4, '__dict__'))
print(sum([Meters(1), Meters(2), Meters(3)]), max(Even(2), Even(6)), range(Even(4))[-1])
