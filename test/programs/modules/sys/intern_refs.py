import sys
a = ''.join(['hel', 'lo world!'])
b = ''.join(['hello', ' world!'])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
x = object()
base = sys.getrefcount(x)
l = [x, x, x]
print(sys.getrefcount(x) - base)
d = {'k': x}
print(sys.getrefcount(x) - base)
del l
print(sys.getrefcount(x) - base)
def hold(o):
    return sys.getrefcount(o) - base
print(hold(x))
d.clear()
print(sys.getrefcount(x) - base)
