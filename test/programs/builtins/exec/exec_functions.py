# Functions, classes and closures defined by exec'd code, then called from outside.
src = '''
def square(n):
    return n * n

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def scaled(self, k):
        return Point(self.x * k, self.y * k)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def uses_global():
    return LIMIT * 2

LIMIT = 21
'''
ns = {}
exec(src, ns)
print(ns['square'](12))
c = ns['make_counter'](10)
print(c(), c(5), c())
p = ns['Point'](1, 2)
print(p, p.scaled(3), ns['Point'].dims)
print(ns['fact'](10))
print(ns['uses_global']())
ns['LIMIT'] = 50
print(ns['uses_global']())
print(ns['square'].__globals__ is ns, ns['square'].__module__)
print(ns['Point'].__module__, ns['Point'].__qualname__, ns['make_counter'](0).__qualname__)

# into this module's namespace: the functions see this module's globals
exec("def twice(f, x):\n    return f(f(x))")
print(twice(lambda v: v + 3, 1), twice.__globals__ is globals())

# a decorator and a generator defined in exec'd code
exec('''
def deco(fn):
    def wrapper(*args):
        return ('wrapped', fn(*args))
    return wrapper

@deco
def add(a, b):
    return a + b

def gen(n):
    for i in range(n):
        yield i * 10
''', ns)
print(ns['add'](2, 3), list(ns['gen'](4)))

# lambda and comprehension scopes inside exec'd code
exec("fs = [lambda i=i: i * 2 for i in range(4)]\nres = [f() for f in fs]", ns)
print(ns['res'])
