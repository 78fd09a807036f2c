# type(name, bases, dict) builds classes dynamically: methods from functions in the dict,
# bases and MRO, __qualname__/__module__ of the result, and the one-argument type() form.
def init(self, x):
    self.x = x


def double(self):
    return self.x * 2


Simple = type('Simple', (), {'kind': 'dynamic', '__init__': init, 'double': double})
s = Simple(21)
print(type(s).__name__, s.x, s.double(), s.kind, Simple.__name__, Simple.__qualname__)
print(Simple.__module__, [c.__name__ for c in Simple.__mro__], type(Simple).__name__)

Child = type('Child', (Simple,), {'triple': lambda self: self.x * 3, '__doc__': 'made by type'})
c = Child(5)
print(c.double(), c.triple(), Child.__doc__, isinstance(c, Simple), Child.__bases__[0].__name__)

# Equivalent class statement vs type() call.
class Stmt:
    a = 1

    def get(self):
        return self.a


Dyn = type('Dyn', (), {'a': 1, 'get': lambda self: self.a})
print(Stmt().get(), Dyn().get(), Stmt.__name__, Dyn.__name__)

# Building several classes in a loop.
classes = []
for i, name in enumerate(['Red', 'Green', 'Blue']):
    classes.append(type(name, (), {'index': i, 'describe': lambda self: type(self).__name__ + '#' + str(self.index)}))
print([k().describe() for k in classes])
print([k.__name__ for k in classes], classes[1].index)

# Multiple bases through type().
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'

    def only_b(self):
        return 'only B'


AB = type('AB', (A, B), {})
print(AB().who(), AB().only_b(), [k.__name__ for k in AB.__mro__])

# One-argument form returns the type.
print(type(5).__name__, type('s') is str, type(AB()) is AB, type(type) is type)

# Errors.
for args in [('X', 'not a tuple', {}), ('X', (), []), (5, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    type('X', ())
except TypeError as e:
    print('TypeError:', e)

# The dict passed to type() is copied: later changes do not affect the class.
ns = {'v': 1}
Copied = type('Copied', (), ns)
ns['v'] = 2
ns['w'] = 3
print(Copied.v, hasattr(Copied, 'w'))
