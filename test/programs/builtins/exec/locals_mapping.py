# Any mapping may be exec()'s and eval()'s locals: name loads, stores and deletions go through
# its __getitem__, __setitem__ and __delitem__; a KeyError falls back to globals and builtins.
class Tracing:
    def __init__(self, **init):
        self.d = dict(init)
    def __getitem__(self, key):
        print('  get', key)
        return self.d[key]
    def __setitem__(self, key, value):
        print('  set', key, '=', type(value).__name__ if callable(value) else value)
        self.d[key] = value
    def __delitem__(self, key):
        print('  del', key)
        del self.d[key]

m = Tracing(a=1)
exec("b = a + 1\nc = b * len('xy')\ndel a", {}, m)
print(sorted(m.d.items()))

print(eval("b + c", {}, m))

# missing in the mapping: globals, then builtins
print(eval("g_name + abs(-2)", {'g_name': 40}, Tracing()))

# a dict subclass: __missing__ answers for names bound nowhere
class Defaulting(dict):
    def __missing__(self, key):
        return f'<{key}>'

print(eval("alpha + beta", {}, Defaulting()))
print(eval("[x for x in (1, 2)], gamma, len", {}, Defaulting()))  # even builtins are shadowed

# a mapping's errors that are not KeyError propagate
class Broken:
    def __getitem__(self, key):
        raise RuntimeError('broken lookup of ' + key)
    def __setitem__(self, key, value):
        raise ValueError('read-only: ' + key)

try:
    eval("anything", {}, Broken())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    exec("v = 1", {}, Broken())
except ValueError as e:
    print('ValueError', e)

# a list is a mapping for the type check, then fails on a str key
try:
    exec("q", {}, [])
except TypeError as e:
    print('TypeError', e)

# a NameError for a name bound nowhere
try:
    exec("print(unknown_name)", {}, Tracing())
except NameError as e:
    print('NameError', e)

# functions defined in exec'd code with mapping locals use globals for their own lookups
g = {'shared': 'from globals'}
m2 = Tracing()
exec("def f():\n    return shared\nr = f()", g, m2)
print(m2.d['r'])
