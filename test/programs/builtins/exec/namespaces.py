# Which namespaces exec() and eval() use: globals() and locals() of the caller by default, the
# given dicts otherwise; what globals() and locals() return inside the code.
g = globals()
print(eval("globals() is g"), eval("locals() is g"))
ns = {}
print(eval("globals() is locals()", ns))
loc = {}
print(eval("locals() is not globals()", ns, loc), eval("type(locals()).__name__", ns, loc))

glb = {'marker': 'g'}
loc = {'marker': 'l'}
print(eval("marker", glb, loc), eval("marker", glb))
exec("seen = (globals()['marker'], locals()['marker'])", glb, loc)
print(loc['seen'], 'seen' in glb)

# global and nonlocal statements in exec'd code
glb2 = {'counter': 0}
loc2 = {}
exec("global counter\ncounter += 5\nlocal_only = 1", glb2, loc2)
print(glb2['counter'], sorted(loc2))

exec('''
def outer():
    x = 'outer x'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
result = outer()
''', glb2)
print(glb2['result'])

# del in exec'd code
glb3 = {'a': 1, 'b': 2}
exec("del a", glb3)
print(sorted(k for k in glb3 if k != '__builtins__'))
try:
    exec("del never_bound", {})
except NameError as e:
    print('NameError', e)

# a module-level exec sees and changes this module's names
module_value = 1
exec("module_value += 1")
print(module_value)

# eval with locals given but globals None: the caller's globals
def f():
    return eval("module_value * 10 + k", None, {'k': 3})
print(f())

# class attributes are not visible from methods defined by exec'd code in the class body
class C:
    attr = 'class attr'
    exec("def method(self):\n    try:\n        return attr\n    except NameError as e:\n        return 'NameError'")
print(C().method())

# comprehensions in eval with separate locals: only the outermost iterable sees locals
print(eval("[x for x in lst]", {}, {'lst': [1, 2]}))
try:
    eval("[x + k for x in range(3)]", {}, {'k': 10})
except NameError as e:
    print('NameError', e)
