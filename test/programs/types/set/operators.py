# Operators between sets and other types: TypeError messages, result types, in-place identity.
def t(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except TypeError as e:
        print('TypeError:', e)
s, f = {1, 2}, frozenset([2, 3])
t(lambda: s | f)
t(lambda: f | s)
t(lambda: s & f)
t(lambda: f & s)
t(lambda: s - f)
t(lambda: f - s)
t(lambda: s ^ f)
t(lambda: f ^ s)
t(lambda: s + f)
t(lambda: s * 2)
t(lambda: s | [3])
t(lambda: [3] | s)
t(lambda: s & (1,))
t(lambda: s - 'a')
t(lambda: 1 ^ s)
t(lambda: s < 3)
t(lambda: s >= [1])
t(lambda: -s)
t(lambda: s[0])
t(lambda: s | None)
x = {1}
y = x
x |= {2}; x &= {1, 2, 3}; x -= {3}; x ^= {4}
print(x, x is y)
try:
    x |= [5]
except TypeError as e:
    print('TypeError:', e)
try:
    x -= (1,)
except TypeError as e:
    print('TypeError:', e)
z = frozenset([1])
w = z
z |= {2}
z -= {1}
print(z, w, z is w)
print(bool(set()), bool({0}), not set(), len(frozenset('aab')))
