# property with getter, setter and deleter: decorator chains (@x.setter, @x.deleter), the
# property() call form with fget/fset/fdel/doc, validation in setters, computed properties.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append('get c')
        return self._c

    @celsius.setter
    def celsius(self, value):
        self.log.append('set c ' + str(value))
        if value < -273:
            raise ValueError('below absolute zero: ' + str(value))
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append('del c')
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 25
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
print(t.celsius)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
print(t.log)

# The property lives on the class; instance dict entries do not shadow a data descriptor.
print(type(Temperature.celsius).__name__)
t.__dict__['celsius'] = 'shadow?'
t.celsius = 5
print(t.celsius, t.__dict__['celsius'])

# The property() call form.
class Account:
    def _get(self):
        return self._balance

    def _set(self, v):
        self._balance = max(0, v)

    def _del(self):
        self._balance = 0

    balance = property(_get, _set, _del, 'The balance, never negative.')


a = Account()
a.balance = 50
print(a.balance)
a.balance = -20
print(a.balance)
a.balance = 30
del a.balance
print(a.balance)
print(Account.balance.__doc__)
print(Account.balance.fget is Account._get, Account.balance.fset is Account._set)

# Getter docstring becomes the property doc.
class Doc:
    @property
    def value(self):
        """Value doc from getter."""
        return 1


print(Doc.value.__doc__, Doc().value)

# Properties are inherited and can be overridden.
class Base:
    @property
    def name(self):
        return 'base'


class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name


print(Base().name, Child().name)

# setter returns a new property object; the original is unchanged.
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p2.fget is p1.fget)
