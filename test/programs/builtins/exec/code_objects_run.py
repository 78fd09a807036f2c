# exec() and eval() of code objects taken from functions: no arguments are passed, free
# variables need exec's closure=, a generator's code gives a generator.
def no_args():
    print('no_args ran, sees', GLOBAL)
    return 'value'

GLOBAL = 'module global'
print(exec(no_args.__code__), eval(no_args.__code__))
print(eval(no_args.__code__, {'GLOBAL': 'other globals', 'print': print}))

def needs_arg(x):
    return x
try:
    exec(needs_arg.__code__)
except TypeError as e:
    print('TypeError', e)

def make(v):
    def inner():
        return v * 2
    return inner

inner = make(21)
print(inner.__code__.co_freevars, len(inner.__closure__))
try:
    exec(inner.__code__)
except TypeError as e:
    print('TypeError', e)
try:
    eval(inner.__code__)
except TypeError as e:
    print('TypeError', e)
print(eval(compile("f()", "<string>", "eval"), {'f': inner}))

# exec with the function's own closure runs it (the value is dropped)
def shows():
    print('closure value', v)
v = 'module v'
def capture(v):
    def shows():
        print('closure value', v)
    return shows
fn = capture('captured')
print(exec(fn.__code__, {'print': print}, {}, closure=fn.__closure__))
for bad in (None, (), (1,), [fn.__closure__[0]], fn.__closure__ * 2):
    try:
        exec(fn.__code__, {}, {}, closure=bad)
        print('ran with', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    exec(no_args.__code__, {}, {}, closure=fn.__closure__)
except TypeError as e:
    print('TypeError', e)

# a generator function's code object makes a generator
def gen():
    yield 1
    yield 2
g = eval(gen.__code__)
print(type(g).__name__, list(g))

# a class body's code object, run with a namespace of our own
def build():
    class K:
        a = 1
        b = a + 1
    return K
body = [c for c in build.__code__.co_consts if type(c) is type(build.__code__)][0]
ns = {'__name__': 'fake'}
exec(body, {'__name__': 'm'}, ns)
print(sorted(ns.items()))
