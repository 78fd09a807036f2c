# __slots__ combined with properties and other descriptors: a property backed by a private slot,
# validation in the setter, read-only computed properties, classmethods/staticmethods, and
# __slots__ together with __eq__/__repr__.
class Temperature:
    __slots__ = ('_kelvin',)

    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def kelvin(self):
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value):
        if value < 0:
            raise ValueError('negative kelvin: ' + str(value))
        self._kelvin = value

    @property
    def celsius(self):
        return self._kelvin - 273

    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273)

    @staticmethod
    def describe_scale():
        return 'kelvin'

    def __repr__(self):
        return 'Temperature(' + str(self._kelvin) + ')'

    def __eq__(self, other):
        return isinstance(other, Temperature) and self._kelvin == other._kelvin

    __hash__ = None


t = Temperature(300)
print(t, t.kelvin, t.celsius, Temperature.describe_scale())
t.kelvin = 280
print(t.celsius, Temperature.from_celsius(27) == Temperature(300), Temperature.from_celsius(0))
try:
    t.kelvin = -1
except ValueError as e:
    print('ValueError:', e)
try:
    t.celsius = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
print(t)


# A slot name and a property with the same name cannot coexist in one class.
try:
    class Clash:
        __slots__ = ('value',)

        @property
        def value(self):
            return 1
except ValueError as e:
    print('ValueError:', e)


# Lazy property caching in a separate slot.
class Lazy:
    __slots__ = ('n', '_cache', 'computations')

    def __init__(self, n):
        self.n = n
        self.computations = 0

    @property
    def squares(self):
        try:
            return self._cache
        except AttributeError:
            self.computations += 1
            self._cache = [i * i for i in range(self.n)]
            return self._cache


lz = Lazy(5)
print(lz.squares, lz.squares, lz.computations)
del lz._cache
print(lz.squares[-1], lz.computations)
