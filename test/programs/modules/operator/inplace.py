# The in-place operator functions return the result of the augmented assignment: mutable
# operands change in place, immutable ones give a new object.
import operator as op

lst = [1, 2]
r = op.iadd(lst, [3])
print(r, lst, r is lst)
t = (1, 2)
r = op.iadd(t, (3,))
print(r, t, r is t)
s = {1, 2}
print(op.ior(s, {5}), op.iand(s, {1, 5}), op.isub(s, {1}), op.ixor(s, {7}), s)
print(op.imul([0], 3), op.imul('ab', 2), op.iconcat([1], (2, 3)))
print(op.isub(10, 3), op.ifloordiv(17, 5), op.imod(17, 5), op.ipow(3, 4), op.itruediv(1, 4))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


a = Acc()
b = op.iadd(a, 'x')
op.iadd(b, 'y')
print(b is a, a.items)
try:
    op.iconcat(5, [1])
except TypeError as e:
    print('TypeError', e)
try:
    op.iadd([], 5)
except TypeError as e:
    print('TypeError', e)
