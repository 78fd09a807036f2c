# Positional-only (/) and keyword-only (*) parameters with defaults.
def f(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)


print(f(1, d=4))
print(f(1, 20, 30, d=40))
print(f(1, c=7, d=8, e=9))


def g(x, /, **kw):
    return x, sorted(kw.items())


print(g(1, x=2, y=3))


def h(*args, sep='-', **kw):
    return (args, sep, kw)


print(h(1, 2, sep='+', end='!'))
