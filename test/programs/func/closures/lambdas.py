# Lambdas: defaults, nesting, immediate calls, in sort keys.
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, 5, z=6))
print((lambda *, k: k)(k='kw'))
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda s: s.upper(), ['x', 'yz'])))
print((lambda: None)())
