# User-defined descriptors: __get__ (with instance None on class access), __set__ and
# __delete__, a typed-field descriptor with validation, and a descriptor storing per-instance data.
class Traced:
    def __init__(self, name):
        self.name = name
        self.events = []

    def __get__(self, instance, owner):
        who = 'class' if instance is None else type(instance).__name__
        self.events.append('get ' + self.name + ' via ' + who + ' owner=' + owner.__name__)
        if instance is None:
            return self
        return instance.__dict__.get(self.name, 'unset')

    def __set__(self, instance, value):
        self.events.append('set ' + self.name + ' = ' + repr(value))
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        self.events.append('delete ' + self.name)
        instance.__dict__.pop(self.name, None)


class Thing:
    a = Traced('a')


t = Thing()
print(t.a)
t.a = 5
print(t.a)
del t.a
print(t.a)
print(Thing.a is Thing.__dict__['a'])
for ev in Thing.__dict__['a'].events:
    print(ev)


class Typed:
    def __init__(self, name, kind, default):
        self.name = name
        self.kind = kind
        self.default = default

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + ' must be ' + self.kind.__name__ + ', got ' + type(value).__name__)
        obj.__dict__['_' + self.name] = value


class Person:
    name = Typed('name', str, '?')
    age = Typed('age', int, 0)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person('ann', 30)
print(p.name, p.age, sorted(p.__dict__))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
try:
    Person(5, 5)
except TypeError as e:
    print('TypeError:', e)
p.age = 31
print(p.age, Person.age.kind.__name__)

# A descriptor with only __get__ that computes from the owner.
class ClassName:
    def __get__(self, obj, owner):
        return owner.__name__ + (' (instance)' if obj is not None else ' (class)')


class Widget:
    label = ClassName()


class Button(Widget):
    pass


print(Widget.label, Widget().label, Button.label, Button().label)

# Descriptor without __delete__ but with __set__: del raises AttributeError.
class NoDelete:
    def __get__(self, obj, owner):
        return 42

    def __set__(self, obj, value):
        pass


class Holder:
    x = NoDelete()


h = Holder()
h.x = 1
print(h.x)
try:
    del h.x
except AttributeError as e:
    print('AttributeError:', e)

# Descriptors are only active as class attributes, not instance attributes.
h.__dict__['y'] = NoDelete()
print(type(h.y).__name__)
