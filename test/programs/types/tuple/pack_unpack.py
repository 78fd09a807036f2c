# Tuple packing and unpacking, swapping, and tuple reprs (1-tuple, empty tuple).
t = 1, 2, 3
print(t)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y = 'hi'
print(x, y)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
print((1,), (), (1, 'a', None))
single = 5,
print(single, len(single))
print(((1, 2), (3,)))


def pair():
    return 'left', 'right'


l, r = pair()
print(l, r, pair())
