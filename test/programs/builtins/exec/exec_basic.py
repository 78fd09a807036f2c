# exec(): statements run in the module's namespace by default, or in the dicts given; returns None.
r = exec("a = 1\nb = a + 1")
print(r, a, b)

exec("""
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
while total > 15:
    total -= 1
""")
print(total)

ns = {}
exec("x = 5\ny = x * 2\ndel x", ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['y'])
print('__builtins__' in ns, type(ns['__builtins__']).__name__)

# globals and locals apart: names assigned go to locals
g = {'base': 100}
l = {}
exec("result = base + 1\nbase2 = result * 2", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))

# an existing __builtins__ entry is left alone
g2 = {'__builtins__': __builtins__, 'v': 3}
exec("w = v + 1", g2)
print(g2['w'], g2['__builtins__'] is __builtins__)

# empty and blank sources
print(exec(""), exec("\n\n"), exec("# only a comment"), exec("pass"))

# try/except/finally and with inside exec'd code
exec("""
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)
        return True
with Ctx():
    raise KeyError('k')
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
finally:
    print('finally')
""")

# bytes source
exec(b"print('from bytes', 6 * 7)")
exec(bytearray(b"print('from bytearray')"))
