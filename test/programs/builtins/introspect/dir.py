# dir(): sorted names from type(o).__dir__(o); object.__dir__ merges the instance __dict__ with
# the class and its bases, type.__dir__ merges the MRO's dicts, modules list their dict, and
# a class may define its own __dir__. dir() without arguments lists the local names.

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3

c = Child()
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print(dir(c) == sorted(set(c.__dict__) | set(Child.__dict__) | set(Base.__dict__) | set(object.__dict__)))
print(dir(Child) == sorted(set(Child.__dict__) | set(Base.__dict__) | set(object.__dict__)))
print(dir(object()))
print(sorted(set(dir(Base())) - set(dir(object()))))

class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))

class TupleDir:
    def __dir__(self):
        return ('b', 'a')
print(dir(TupleDir()))

class NotIterable:
    def __dir__(self):
        return 5
try:
    dir(NotIterable())
except TypeError as e:
    print('TypeError', e)

def local_names(x, y=1):
    z = x + y
    return dir()
print(local_names(1))

class Body:
    first = 1
    second = 2
    names = dir()
print(Body.names)

import sys
print('path' in dir(sys), dir(sys) == sorted(sys.__dict__))
print([n for n in dir(2.5) if not n.startswith('_')], 'append' in dir([]), 'keys' in dir({}))
print(object.__dir__(c)[:1], type.__dir__(Child) == list(Child.__dict__) + [k for k in Base.__dict__ if k not in Child.__dict__] + [k for k in object.__dict__ if k not in Child.__dict__ and k not in Base.__dict__])
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError', e)
