# A small ORM: typed field descriptors (data descriptors with __set_name__) validate on
# assignment, a Model base collects its fields in __init_subclass__ (inherited fields first), a
# metaclass-free query layer filters a table, and validation errors are collected, re-raised
# with context, and reported.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field + ': ' + message)
        self.field = field


class Field:
    kind = object

    def __init__(self, default=None, required=True):
        self.default = default
        self.required = required

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_f_' + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.slot, self.default)

    def __set__(self, obj, value):
        if value is None:
            if self.required:
                raise ValidationError(self.name, 'is required')
        else:
            value = self.check(value)
        obj.__dict__[self.slot] = value

    def __delete__(self, obj):
        raise ValidationError(self.name, 'cannot be deleted')

    def check(self, value):
        if not isinstance(value, self.kind):
            raise ValidationError(self.name, 'expected ' + self.kind.__name__ + ', got ' + type(value).__name__)
        return value

    def __repr__(self):
        return type(self).__name__ + '(' + self.name + ')'


class Integer(Field):
    kind = int

    def __init__(self, low=None, high=None, **kw):
        super().__init__(**kw)
        self.low, self.high = low, high

    def check(self, value):
        value = super().check(value)
        if self.low is not None and value < self.low:
            raise ValidationError(self.name, str(value) + ' < ' + str(self.low))
        if self.high is not None and value > self.high:
            raise ValidationError(self.name, str(value) + ' > ' + str(self.high))
        return value


class Text(Field):
    kind = str

    def __init__(self, max_len=20, **kw):
        super().__init__(**kw)
        self.max_len = max_len

    def check(self, value):
        value = super().check(value).strip()
        if len(value) > self.max_len:
            raise ValidationError(self.name, 'longer than ' + str(self.max_len))
        return value


class Model:
    fields = ()
    table = None

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        own = [v for v in vars(cls).values() if isinstance(v, Field)]
        cls.fields = tuple(cls.fields) + tuple(own)
        cls.table = table or cls.__name__.lower() + 's'
        cls.rows = []

    def __init__(self, **values):
        errors = []
        for f in self.fields:
            try:
                setattr(self, f.name, values.pop(f.name, f.default))
            except ValidationError as e:
                errors.append(e)
        if values:
            errors.append(ValidationError(sorted(values)[0], 'unknown field'))
        if errors:
            raise ValidationError(type(self).__name__, '; '.join(str(e) for e in errors)) from errors[0]

    def save(self):
        type(self).rows.append(self)
        return self

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(f.name + '=' + repr(getattr(self, f.name)) for f in self.fields) + ')'

    @classmethod
    def where(cls, **conds):
        return [r for r in cls.rows if all(getattr(r, k) == v for k, v in conds.items())]


class Person(Model, table='people'):
    name = Text(max_len=10)
    age = Integer(low=0, high=150)


class Employee(Person):
    salary = Integer(low=0, default=1000)
    title = Text(required=False)


print(Person.fields, Employee.fields, Person.table, Employee.table)
ann = Person(name='  Ann ', age=31).save()
bob = Employee(name='Bob', age=45, title='engineer').save()
cy = Employee(name='Cy', age=31, salary=2500).save()
print(ann, bob, cy, sep='\n')
print(Person.where(age=31), Employee.where(age=31), Employee.where(title=None))

for values in ({'name': 'Dee', 'age': -1}, {'name': 'A very long name', 'age': 'old'},
               {'age': 3}, {'name': 'Eve', 'age': 20, 'salary': 3.5, 'boss': 'x'}):
    try:
        Employee(**values)
    except ValidationError as e:
        print('invalid:', e, '| first:', e.__cause__.field)

try:
    ann.age = 200
except ValidationError as e:
    print('assign:', e)
print(ann.age)
try:
    del bob.salary
except ValidationError as e:
    print('delete:', e)
bob.title = None
print(bob.title, bob.__dict__ == {'_f_name': 'Bob', '_f_age': 45, '_f_salary': 1000, '_f_title': None})
print(type(Person.__dict__['name']).__name__, Employee.salary, Employee.name is Person.name)
