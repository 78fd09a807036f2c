# Default values are evaluated once at def time; mutable defaults are shared between calls.
k = 10


def f(x, acc=[], base=k):
    acc.append(x)
    return acc, base


k = 20
print(f(1))
print(f(2))
print(f(3, []))
print(f(4))


def g(a, b=None, *rest, c=[], **kw):
    c.append(a)
    return a, b, rest, c, kw


print(g(1), g(2, 3, 4, d=5), g(3, c=[]))
