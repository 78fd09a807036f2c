# __call__: instances as functions, with positional, keyword, *args and **kwargs arguments;
# callable(); stateful callables; callables as keys for sorted/map; calling non-callables.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *more, scale=1, **options):
        self.calls += 1
        total = (x + sum(more) + self.n) * scale
        if options:
            return (total, sorted(options.items()))
        return total


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2), add5(0, flag=True))
print(add5.calls, callable(add5), callable(Adder), callable(5), callable(len))
args = (1, 2)
kw = {'scale': 2}
print(add5(*args, **kw))
print(list(map(Adder(100), [1, 2, 3])))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = Memo(slow_fib)
print(fib(30), fib.misses, fib(30), fib.misses)


# A callable used as a sort key.
class ByLength:
    def __call__(self, s):
        return (len(s), s)


print(sorted(['pear', 'fig', 'banana', 'kiwi'], key=ByLength()))


# Calling returns another callable.
class Curry:
    def __init__(self, fn, args=()):
        self.fn = fn
        self.args = args

    def __call__(self, *more):
        args = self.args + more
        if len(args) >= 3:
            return self.fn(*args)
        return Curry(self.fn, args)


def add3(a, b, c):
    return a * 100 + b * 10 + c


print(Curry(add3)(1)(2)(3), Curry(add3)(4, 5)(6), Curry(add3)(7)(8, 9))

# __call__ is looked up on the type: an instance attribute does not make it callable.
class NotCallable:
    pass


nc = NotCallable()
nc.__call__ = lambda: 'instance call'
print(callable(nc))
try:
    nc()
except TypeError as e:
    print('TypeError:', e)

# Wrong arguments to __call__.
try:
    add5()
except TypeError as e:
    print('TypeError:', e)
try:
    add5(1, scale=2, scale2=3, x=4)
except TypeError as e:
    print('TypeError:', e)

# A class is callable because type has __call__; calling a class attribute that is an instance.
class Registry:
    handler = Adder(1000)


print(Registry.handler(1), Registry().handler(2))
