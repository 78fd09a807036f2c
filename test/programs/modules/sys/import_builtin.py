m = __import__('sys')
print(m.__name__)
import sys
print(__import__('sys') is sys)
g = globals()
print(g['__name__'], 'm' in g, g is globals())
def f():
    return globals() is g
print(f())
try:
    __import__('no_such_mod_xyz')
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    __import__(5)
except TypeError as e:
    print('TypeError:', e)
try:
    __import__('')
except ValueError as e:
    print('ValueError:', e)
try:
    __import__('x', level=-1)
except ValueError as e:
    print('ValueError:', e)
import sys as s2, builtins
print(s2 is sys, builtins.__import__ is __import__)
