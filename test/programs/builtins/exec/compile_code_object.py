# compile() makes a code object: its type, repr and co_* attributes.
c = compile("x = 1\ny = x + 2\n", "<string>", "exec")
print(type(c), type(c).__name__)
r = repr(c)
print(r[:len('<code object <module> at 0x')], r[r.index(', file'):])
print(c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno)
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
print(c.co_varnames, c.co_cellvars, c.co_freevars)
print(c.co_names, c.co_consts)
print(type(c.co_code).__name__, type(c.co_flags).__name__, c.co_stacksize > 0)

src = '''
def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    total = a + b
    def inner():
        return total + c
    return inner
'''
m = compile(src, "defs.py", "exec")
print(m.co_names, m.co_filename)
f_code = [k for k in m.co_consts if type(k) is type(m)][0]
print(f_code.co_name, f_code.co_qualname, f_code.co_filename, f_code.co_firstlineno)
print(f_code.co_argcount, f_code.co_posonlyargcount, f_code.co_kwonlyargcount, f_code.co_nlocals)
print(f_code.co_varnames, f_code.co_cellvars, f_code.co_freevars)
inner = [k for k in f_code.co_consts if type(k) is type(m)][0]
print(inner.co_name, inner.co_qualname, inner.co_freevars, inner.co_firstlineno)

# the code of a function made by running it
ns = {}
exec(m, ns)
fn = ns['outer']
print(fn.__code__ is f_code, fn(1, d=4).__code__ is inner)
print(fn(1, d=4)())

# eval mode: no trailing None
e = compile("a + b * 2", "expr", "eval")
print(e.co_names, e.co_consts, e.co_filename, eval(e, {'a': 1, 'b': 2}))

# the filename may be bytes or a path-like object
print(compile("1", b"bytes_name.py", "exec").co_filename)
class P:
    def __fspath__(self):
        return 'from_fspath.py'
print(compile("1", P(), "exec").co_filename)

# code objects of functions defined in the program
def plain(p, q):
    return p
print(plain.__code__.co_varnames, plain.__code__.co_argcount, plain.__code__.co_name)
print(type(plain.__code__) is type(c))
