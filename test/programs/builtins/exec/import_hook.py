# `import` in exec'd code goes through the __import__ of the code's builtins: a replacement is
# called with (name, globals, locals, fromlist, level); none at all is an ImportError.
import builtins

calls = []
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, locals is None))
    return builtins.__import__(name, globals, locals, fromlist, level)

ns = {'__builtins__': dict(vars(builtins), __import__=tracing_import)}
exec("import math\nfrom collections import OrderedDict\nimport collections.abc as cabc\nr = math.floor(2.5)", ns)
print(ns['r'], ns['OrderedDict'].__name__)
for c in calls:
    print(c)

# inside a function defined there, locals is None (a function frame has no namespace dict)
calls.clear()
exec("def f():\n    import math\n    return math.pi > 3\nok = f()", ns)
print(ns['ok'], calls)

# a hook that refuses
def refuse(name, *args):
    raise ImportError(f'import of {name} is not allowed')

try:
    exec("import math", {'__builtins__': {'__import__': refuse}})
except ImportError as e:
    print('ImportError', e)

try:
    exec("from math import pi", {'__builtins__': {}})
except ImportError as e:
    print('ImportError', e)

# the module's own imports are unaffected
import math
print(math.sqrt(16.0))
