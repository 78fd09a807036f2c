# Descriptor precedence: data descriptors (with __set__ or __delete__) beat the instance dict,
# the instance dict beats non-data descriptors (only __get__), plain class attributes come last.
class DataDesc:
    def __get__(self, obj, owner):
        return 'data descriptor'

    def __set__(self, obj, value):
        obj.__dict__['data_log'] = obj.__dict__.get('data_log', []) + [value]


class DeleteOnly:
    def __get__(self, obj, owner):
        return 'delete-only descriptor'

    def __delete__(self, obj):
        pass


class NonDataDesc:
    def __get__(self, obj, owner):
        return 'non-data descriptor'


class C:
    d = DataDesc()
    dd = DeleteOnly()
    n = NonDataDesc()
    plain = 'class attribute'


c = C()
# Put same-named entries directly into the instance dict.
c.__dict__['d'] = 'instance d'
c.__dict__['dd'] = 'instance dd'
c.__dict__['n'] = 'instance n'
c.__dict__['plain'] = 'instance plain'
print(c.d)
print(c.dd)
print(c.n)
print(c.plain)

# Assigning through the attribute: data descriptor intercepts, non-data does not.
c.d = 1
c.d = 2
print(c.d, c.__dict__['d'], c.data_log)
c.n = 'assigned n'
print(c.n, C.n)
del c.n
print(c.n)

# A DeleteOnly descriptor is a data descriptor, so assignment fails.
try:
    c.dd = 'x'
except AttributeError as e:
    print('AttributeError:', e)

# Functions are non-data descriptors: an instance attribute shadows a method.
class M:
    def method(self):
        return 'method'


m = M()
print(m.method())
m.method = lambda: 'instance function'
print(m.method())
del m.method
print(m.method())

# property is a data descriptor even without a setter.
class P:
    @property
    def x(self):
        return 'property x'


p = P()
p.__dict__['x'] = 'instance x'
print(p.x, p.__dict__['x'])

# Class-level access: descriptors get obj=None, so the instance dict does not matter.
print(C.d, C.n, C.plain)

# Descriptors found on a metaclass-free class via a subclass instance still follow the rules.
class D(C):
    pass


dobj = D()
dobj.__dict__['n'] = 'sub instance n'
print(dobj.n, dobj.d)
