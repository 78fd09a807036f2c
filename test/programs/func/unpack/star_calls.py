# Calls with * and ** unpacking, several of each, mixed with plain arguments.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())


a = [1, 2]
t = (3,)
d1 = {'x': 1}
d2 = {'y': 2}
print(show(*a))
print(show(0, *a, *t, 9))
print(show(**d1, **d2))
print(show(*a, z=0, **d1))
print(show(*'ab', *range(2)))
print(show(*{'k1': 0, 'k2': 0}))


def f(a, b, c):
    return a * 100 + b * 10 + c


print(f(*[1, 2, 3]), f(1, *(2, 3)), f(**{'c': 3, 'a': 1, 'b': 2}), f(1, **{'c': 3}, b=2))
