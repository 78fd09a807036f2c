# The descriptors Python code can reach on builtin and user classes, and their reprs:
# member (__slots__), getset (__dict__, __weakref__, int.real), method and classmethod
# descriptors, slot wrappers and their bound method-wrappers (addresses cut off).

def cut(r):
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + '>'

class C:
    __slots__ = ('a', 'b')
class D:
    pass
class E(float):
    pass

items = [C.a, C.__dict__['b'], D.__dict__['__dict__'], D.__dict__['__weakref__'], int.real,
         int.__dict__['imag'], float.__dict__['real'], str.__dict__['join'],
         dict.__dict__['fromkeys'], int.__dict__['__add__'], (1).__add__, E.__dict__['__dict__'],
         object.__dict__['__class__']]
for d in items:
    print(type(d).__name__, cut(repr(d)))
c = C()
c.a = 1
print(C.a.__get__(c, C), C.a.__name__, int.real.__get__(5), int.real.__name__)
try:
    C.b.__get__(c, C)
except AttributeError as e:
    print('AttributeError', e)
print([n for n in dir(iter([])) if 'hint' in n], iter([1, 2, 3]).__length_hint__())
it = iter({1: 1, 2: 2})
next(it)
print(it.__length_hint__(), reversed([1, 2]).__length_hint__(), iter(range(10, 0, -3)).__length_hint__())
