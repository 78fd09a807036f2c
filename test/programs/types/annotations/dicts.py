# Annotations are evaluated (3.11, no __future__): a function's __annotations__ is a dict made from
# the compiled tuple, module and class bodies get __annotations__ from SETUP_ANNOTATIONS, and a
# class's __annotations__ is its own (a subclass without annotations gets an empty dict).
def f(x: int, y: 'str' = 'a') -> bool:
    return True
print(f.__annotations__, f.__annotations__ is f.__annotations__)
def h(): pass
print(h.__annotations__)
x: int = 5
y: str
print(__annotations__, x)
class C:
    a: int = 1
    b: 'C'
    print(sorted(locals()))
print(C.__annotations__, C.a)
class D(C):
    pass
print(D.__annotations__, C.__annotations__)
class E(C):
    c: float
print(E.__annotations__)
try: int.__annotations__
except AttributeError as e: print(e)
C.__annotations__ = {'z': 1}
print(C.__annotations__)
del C.__annotations__
try: print(C.__annotations__)
except AttributeError as e: print('AE', e)
def g():
    z: int = 1
    return z
print(g())
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases): return {'pre': 1}
class N(metaclass=M):
    q: int = 2
print(N.__annotations__, N.pre)
