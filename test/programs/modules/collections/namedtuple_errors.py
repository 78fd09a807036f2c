# namedtuple's validation errors and the argument errors of the generated __new__, _make and
# _replace, with CPython's messages.
from collections import namedtuple

for args, kwargs in [(('P', 'a a'), {}), (('P', 'a _b'), {}), (('P', 'a def'), {}),
                     (('1P', 'a'), {}), (('P', 'a 1b'), {}), (('P', ['a', 3]), {}),
                     (('P', 'a b'), {'defaults': [1, 2, 3]}), (('class', 'a'), {}),
                     (('P', 'a-b'), {})]:
    try:
        namedtuple(*args, **kwargs)
        print('ok', args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

P = namedtuple('P', 'a b')
Q = namedtuple('Q', 'a b c', defaults=[1])
One = namedtuple('One', 'a')
for call in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, c=3), lambda: P(1, a=3),
             lambda: Q(), lambda: Q(1), lambda: Q(1, 2, 3, 4), lambda: One(1, 2),
             lambda: namedtuple('Z', 'a b c d')(1), lambda: P._make([1]),
             lambda: P._make([1, 2, 3]), lambda: P(1, 2)._replace(c=1),
             lambda: P(1, 2)._replace(c=1, d=2), lambda: namedtuple('N', '')(1)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Q(1, 2), Q(1, b=2, c=3))
