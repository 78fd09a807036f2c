# Functions as class attributes become methods (bound on instance access); functions stored on
# instances stay plain functions; callables that are not functions (builtins, instances with
# __call__) are not bound.
def free_function(*args):
    return 'called with ' + str(len(args)) + ' args'


class Host:
    method = free_function
    builtin = len
    lam = lambda self, x: x * 2

    def __init__(self):
        self.instance_fn = free_function


h = Host()
print(h.method())
print(Host.method())
print(h.instance_fn())
print(h.lam(21), Host.lam(None, 4))
print(h.builtin([1, 2, 3]))

print(type(Host.__dict__['method']).__name__)
print(type(h.method).__name__, type(h.instance_fn).__name__, type(h.builtin).__name__)


# An instance with __call__ stored on a class is not bound.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, *args):
        return [self.k * a for a in args] if args else 'no args'


class Uses:
    times3 = Multiplier(3)


u = Uses()
print(u.times3(), u.times3(1, 2), Uses.times3(4))

# A function assigned to the class after creation binds on new and old instances.
old = Host()
def late(self):
    return 'late bound to ' + type(self).__name__


Host.late = late
print(old.late(), Host().late())

# Replacing a method on one instance only.
def special(self_or_arg='?'):
    return 'special ' + str(self_or_arg)


h.method = special
print(h.method(), old.method())

# Methods from one class reused in another.
class Other:
    reuse = Host.__dict__['lam']


print(Other().reuse(5))

# __get__ on a plain function produces a bound method.
bm = free_function.__get__(h, Host)
print(type(bm).__name__, bm(), bm.__self__ is h)

# Nested functions defined in methods are plain functions.
class Maker:
    def make(self):
        def inner(x):
            return x + 1
        return inner


fn = Maker().make()
print(type(fn).__name__, fn(1), fn.__qualname__)
