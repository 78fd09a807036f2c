# CPython's TypeError messages for calls that do not match the signature.
def f(a, b, c=3):
    return a + b + c


def g(x, /, y, *, z):
    return x


def h(*, k):
    return k


calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, 2, a=5),
    lambda: g(x=1, y=2, z=3),
    lambda: g(1, 2, 3),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(),
    lambda: f(1, 2, **{'c': 1, 'e': 2}),
    lambda: f(*[1], **{'a': 2}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
