# locals() and vars(): a module's namespace is globals() itself; a class body's is its
# namespace dict; a function's is a fresh snapshot of its bound variables in CPython's order
# (arguments, locals, cells, free variables), which later assignments do not update.

def outer(a, b=2, *args, **kw):
    x = 1
    def inner():
        return x + a
    y = [a]
    snap = locals()
    print(list(snap))
    print(snap['a'], snap['x'], snap['args'], snap['kw'], snap['inner'].__name__)
    del y
    z = 3
    print(list(locals()))
    print('y' in snap, 'z' in snap, vars() == locals())
    snap['a'] = 99
    print(a)
    return inner

f = outer(1, 5, 6, k=7)
print(f())

def closure_view():
    n = 10
    def show():
        m = n * 2
        return sorted(locals().items())
    return show()
print(closure_view())

def unbound():
    print(list(locals()))
    later = 1
    print(list(locals()))
unbound()

class K:
    attr = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
    def method(self):
        return sorted(locals())
print(K().method())

gen = (sorted(locals()) for _ in range(1))
print(next(gen))
print([sorted(locals()) for i in range(2)])
print(locals() is globals(), vars() is globals())
print(sorted(k for k in vars() if not k.startswith('__')))

class Obj:
    def __init__(self):
        self.p = 1
        self.q = 'two'
print(vars(Obj()), sorted(vars(Obj)) == sorted(Obj.__dict__))

for bad in [lambda: vars(1), lambda: vars(1, 2), lambda: locals(1), lambda: vars(x=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
