# __set_name__: called once per descriptor when the class is created, with the owner class and
# the attribute name, in class-body order; not called for later assignments.
calls = []


class Field:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        calls.append(owner.__name__ + '.' + name)
        self.name = name
        self.private = '_' + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


print('before class')


class Model:
    title = Field('untitled')
    count = Field(0)
    other = 'plain'
    price = Field(1.5)


print(calls)
m = Model()
print(m.title, m.count, m.price)
m.title = 'hello'
m.count = 3
print(m.title, m.count, sorted(vars(m)))
print(Model.title.name, Model.count.private)

# Assigning a descriptor after class creation does not call __set_name__.
late = Field('late')
Model.late = late
print(calls, hasattr(late, 'name'))

# The same descriptor object under two names gets __set_name__ twice.
shared = Field()


class Twice:
    first = shared
    second = shared


print(calls[-2:], shared.name)

# Subclasses do not re-trigger __set_name__ for inherited descriptors.
class SubModel(Model):
    extra = Field('x')


print(calls[-1], SubModel().title, SubModel().extra)

# __set_name__ on a non-descriptor object is also called.
class Tagger:
    def __set_name__(self, owner, name):
        owner.tags = getattr(owner, 'tags', []) + [name]


class Tagged:
    one = Tagger()
    two = Tagger()


print(Tagged.tags, type(Tagged.one).__name__)

# An exception in __set_name__ escapes the class statement wrapped in a RuntimeError (3.11),
# with the original exception as __cause__.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('refusing ' + name)


try:
    class Fails:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
