# The builtins exec'd code sees come from its globals' '__builtins__' (a dict, or a module).
try:
    eval("len([1, 2])", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)

safe = {'__builtins__': {'len': len, 'sum': sum}}
print(eval("len('abc') + sum([1, 2])", safe))
try:
    eval("max(1, 2)", safe)
except NameError as e:
    print('NameError', e)

# functions defined there keep that namespace of builtins
exec("def f(xs):\n    return len(xs)\ndef g():\n    return print", safe)
print(safe['f']([1, 2, 3]))
try:
    safe['g']()
except NameError as e:
    print('NameError', e)

# a builtins dict of our own: names resolve in it after globals
custom = {'__builtins__': {'print': lambda *a: print('custom print:', *a), 'str': str}}
exec("print('hello', str(5))", custom)

# the builtins module itself
import builtins
exec("print('module builtins', abs(-3))", {'__builtins__': builtins})

# globals without '__builtins__' get this frame's builtins
g = {}
exec("pass", g)
print(g['__builtins__'] is builtins.__dict__)

# __build_class__ comes from the builtins too
try:
    exec("class C: pass", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)

# a name in globals shadows the builtin
print(eval("len", {'len': 'shadowed'}))
# an import needs __import__
try:
    exec("import math", {'__builtins__': {}})
except ImportError as e:
    print('ImportError', e)
