# functools.partial: frozen positional and keyword arguments, keyword overriding, the
# read-only attributes, reprs (also of subclasses) and flattening of nested partials.
from functools import partial


def describe(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(describe, 1, d=5)
print(p(2), p(2, 9), p(2, d=0), p(b=7))
print(p.func is describe, p.args, p.keywords)

q = partial(p, 2, c=9)
print(q(), q.func is describe, q.args, q.keywords)

print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(sorted, reverse=True)))
print(partial(int, base=2)('1011'), partial(int, '777', base=8)())

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)

basetwo.note = 'extra'
print(basetwo.note, basetwo.__dict__)
# a partial with instance attributes is not flattened
r = partial(basetwo, '11')
print(r.func is basetwo, r.args, r())

for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print('AttributeError', attr, e)


class Tagged(partial):
    pass


t = Tagged(max, 1)
print(repr(t), type(t).__name__, t(5), t(-1))
u = partial(t, 2)
print(u.func is max, u.args, u(0))

try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(42)
except TypeError as e:
    print('TypeError', e)

# partial objects are not descriptors: as a class attribute they do not bind
class Holder:
    method = partial(describe, 'x', 'y')

print(Holder().method(), Holder.method(c=0))
